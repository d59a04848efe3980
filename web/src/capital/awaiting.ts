import { ProblemError } from '../api/client';
import { getReturn, listReturns } from '../api/returns';

/** Children awaiting a specialist place, and the return the figure comes from. */
export interface Awaiting {
  count: number;
  period: string;
}

/**
 * The latest count of children awaiting a specialist place: from the latest return that
 * reached DfE and gave it; null when none has.
 */
export async function loadAwaiting(laCode: string, signal: AbortSignal): Promise<Awaiting | null> {
  const returns = await listReturns(laCode, signal).catch((error: unknown) => {
    // A council without an agreement has no returns.
    if (error instanceof ProblemError && error.status === 404) return [];
    throw error;
  });
  const reported = returns.filter((r) => r.status !== 'draft').reverse();
  for (const summary of reported) {
    const detail = await getReturn(laCode, summary.period, signal);
    const count = detail?.content.demand?.awaitingSpecialistPlace;
    if (count !== undefined) return { count, period: summary.period };
  }
  return null;
}
