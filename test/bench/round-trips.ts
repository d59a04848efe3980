import type { Db } from '../../shared/data/client';

/**
 * Records when each DynamoDB call starts and ends, to tell how many round trips a
 * request made one after another: calls that overlap (sent in parallel) are one wave.
 */
export function recordRoundTrips(db: Db) {
  const spans: { start: number; end: number }[] = [];
  const name = `round-trips-${Math.random()}`;
  db.middlewareStack.add(
    (next) => async (args) => {
      const span = { start: performance.now(), end: 0 };
      try {
        return await next(args);
      } finally {
        span.end = performance.now();
        spans.push(span);
      }
    },
    { step: 'initialize', name },
  );
  return {
    reset: () => spans.splice(0),
    calls: () => spans.length,
    /** Sequential round trips: waves of calls, a new wave starting after the last one ended. */
    waves: () => {
      let waves = 0;
      let waveEnd = -Infinity;
      for (const span of [...spans].sort((a, b) => a.start - b.start)) {
        if (span.start >= waveEnd) {
          waves++;
          waveEnd = span.end;
        } else {
          waveEnd = Math.max(waveEnd, span.end);
        }
      }
      return waves;
    },
    stop: () => db.middlewareStack.remove(name),
  };
}
