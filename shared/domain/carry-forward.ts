import { comparePeriods } from './periods';
import type { ReturnStatus } from './return-content';
import { isReported } from './return-lifecycle';

interface CarriedParts<C, W, R> {
  conditions?: C[];
  workstreams?: W[];
  risks?: R[];
}

/**
 * What a new draft starts from: the conditions (with their last statements), workstreams
 * and risks of the council's latest submitted return before `period`, figures and
 * narrative left out, since those are the period's own. Nothing when none was submitted.
 */
export function carryForward<C, W, R>(
  period: string,
  returns: { period: string; status: ReturnStatus; content: CarriedParts<C, W, R> }[],
): CarriedParts<C, W, R> {
  const latest = returns
    .filter((r) => isReported(r.status) && comparePeriods(r.period, period) < 0)
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
  if (!latest) return {};
  const { conditions, workstreams, risks } = latest.content;
  return {
    ...(conditions ? { conditions } : {}),
    ...(workstreams ? { workstreams } : {}),
    ...(risks ? { risks } : {}),
  };
}
