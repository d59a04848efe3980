import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type {} from './summary-setup';

/**
 * What one suite tried, for the summary printed at the end of the run: counts by name
 * and any notes. `flush()` prints the suite's own lines and hands them to the summary.
 */
export function suiteSummary(suite: string) {
  const counts: Record<string, number | string> = {};
  const notes: string[] = [];
  return {
    counts,
    add(name: string, by = 1) {
      const current = counts[name];
      counts[name] = (typeof current === 'number' ? current : 0) + by;
    },
    set(name: string, value: number | string) {
      counts[name] = value;
    },
    note(text: string) {
      notes.push(text);
    },
    flush() {
      const body = Object.entries(counts)
        .map(([k, v]) => `  ${k}: ${v}`)
        .concat(notes.map((n) => `  note: ${n}`))
        .join('\n');
      console.log(`\n[${suite}]\n${body}\n`);
      const file = `${suite.replace(/[^a-z0-9]+/gi, '-')}.json`;
      writeFileSync(
        join(inject('reliabilitySummaryDir'), file),
        JSON.stringify({ suite, counts, notes }),
      );
    },
  };
}

export type SuiteSummary = ReturnType<typeof suiteSummary>;
