import { periodProblems, comparePeriods, isReported } from '../../../../shared/domain';
import { ProblemError } from '../../api/client';
import { getAgreement, type Agreement } from '../../api/agreement';
import {
  getReturn,
  listReturns,
  prefillReturn,
  type ReturnDetail,
  type ReturnDraft,
} from '../../api/returns';
import { periodName } from '../../display/labels';

export interface ReturnContext {
  agreement: Agreement;
  /** The return, or null when nothing has been saved for the period yet. */
  detail: ReturnDetail | null;
  /**
   * What the forms start from: the saved draft, or for a return not started yet what
   * carries forward from the latest submitted one (figures left empty).
   */
  content: ReturnDraft;
  /** The period a return not started yet carries its statements, workstreams and risks from. */
  carriedFrom?: string;
}

/**
 * The agreement and the period's return (null if nothing is saved yet); a period the
 * agreement does not report on is a 404.
 */
export async function loadReturn(
  laCode: string,
  period: string,
  signal: AbortSignal,
  /** Whether a return not started yet should start from the latest submitted one. */
  options: { startNew?: boolean } = {},
): Promise<ReturnContext> {
  const agreement = await getAgreement(laCode, signal);
  if (!agreement) {
    throw new ProblemError({
      status: 404,
      title: 'Not found',
      detail: 'This council has no agreement, so it has no returns.',
    });
  }
  // Asked of the list first: a period not started yet is normal, not a failed request.
  const returns = await listReturns(laCode, signal);
  const saved = returns.some((r) => r.period === period);
  const detail = saved ? await getReturn(laCode, period, signal) : null;
  const problems = periodProblems(period, agreement);
  if (!detail && problems.length > 0) {
    throw new ProblemError({
      status: 404,
      title: 'Not found',
      detail: `The agreement does not take a return for ${periodName(period)}: the period ${problems.join(' and ')}.`,
    });
  }
  if (detail) return { agreement, detail, content: detail.content };
  const carriedFrom = returns
    .filter((r) => isReported(r.status) && comparePeriods(r.period, period) < 0)
    .sort((a, b) => comparePeriods(b.period, a.period))[0]?.period;
  if (!carriedFrom || !options.startNew) return { agreement, detail, content: {} };
  const content = await prefillReturn(laCode, period, signal);
  return { agreement, detail, content, carriedFrom };
}
