import { periodProblems } from '../../../../shared/domain';
import { ProblemError } from '../../api/client';
import { getAgreement, type Agreement } from '../../api/agreement';
import { getReturn, listReturns, type ReturnDetail } from '../../api/returns';
import { periodName } from '../../display/labels';

export interface ReturnContext {
  agreement: Agreement;
  /** The return, or null when nothing has been saved for the period yet. */
  detail: ReturnDetail | null;
}

/**
 * The agreement and the period's return (null if nothing is saved yet); a period the
 * agreement does not report on is a 404.
 */
export async function loadReturn(
  laCode: string,
  period: string,
  signal: AbortSignal,
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
  const saved = (await listReturns(laCode, signal)).some((r) => r.period === period);
  const detail = saved ? await getReturn(laCode, period, signal) : null;
  const problems = periodProblems(period, agreement);
  if (!detail && problems.length > 0) {
    throw new ProblemError({
      status: 404,
      title: 'Not found',
      detail: `The agreement does not take a return for ${periodName(period)}: the period ${problems.join(' and ')}.`,
    });
  }
  return { agreement, detail };
}
