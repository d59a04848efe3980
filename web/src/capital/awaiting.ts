import { apiOrNull, ProblemError } from '../api/client';
import { councilApi, withSignal } from '../api/paths';
import { getReturn, listReturns } from '../api/returns';

/** Children awaiting a specialist place, and where the figure comes from. */
export interface Awaiting {
  count: number;
  source: string;
}

interface Scorecard {
  measures: { key: string; latest?: { month: string; value: number } }[];
}

/**
 * The latest count of children awaiting a specialist place: from the latest return that
 * reached DfE, else from the council's scorecard; null when neither has it.
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
    if (count !== undefined) return { count, source: `return for ${summary.period}` };
  }
  const scorecard = await apiOrNull<Scorecard>(
    councilApi(laCode, '/scorecard'),
    withSignal(signal),
  );
  const latest = scorecard?.measures.find((m) => m.key === 'awaiting-specialist-place')?.latest;
  return latest ? { count: latest.value, source: `scorecard, ${latest.month}` } : null;
}
