import { comparePeriods } from './periods';
import type { ReturnStatus } from './return-content';
import { isReported } from './return-lifecycle';

interface MitigationPart {
  mitigationId: string;
  savingsToDate?: number | undefined;
  forecastSavings?: number | undefined;
}

interface CarriedParts<C, W, R, M extends MitigationPart> {
  conditions?: C[];
  workstreams?: W[];
  risks?: R[];
  mitigations?: M[];
}

/** A mitigation's entry without its figures, which are the period's own. */
export type CarriedMitigation<M> = Omit<M, 'savingsToDate' | 'forecastSavings'>;

/**
 * What a new draft starts from: the conditions (with their last statements), workstreams,
 * risks and mitigations of the council's latest submitted return before `period`, figures
 * (savings included) and narrative left out, since those are the period's own. Nothing
 * when none was submitted. Given the agreement's conditions and mitigations as they are
 * now (`known`), entries for ones a variation has since removed are left out too.
 */
export function carryForward<
  C extends { conditionId: string },
  W,
  R,
  M extends MitigationPart = MitigationPart,
>(
  period: string,
  returns: { period: string; status: ReturnStatus; content: CarriedParts<C, W, R, M> }[],
  known?: { conditionIds: readonly string[]; mitigationIds: readonly string[] },
): {
  conditions?: C[];
  workstreams?: W[];
  risks?: R[];
  mitigations?: CarriedMitigation<M>[];
} {
  const latest = returns
    .filter((r) => isReported(r.status) && comparePeriods(r.period, period) < 0)
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
  if (!latest) return {};
  const { workstreams, risks } = latest.content;
  const conditions = latest.content.conditions?.filter(
    (c) => !known || known.conditionIds.includes(c.conditionId),
  );
  const mitigations = latest.content.mitigations
    ?.filter((m) => !known || known.mitigationIds.includes(m.mitigationId))
    .map(({ savingsToDate: _saved, forecastSavings: _forecast, ...rest }) => rest);
  return {
    ...(conditions?.length ? { conditions } : {}),
    ...(workstreams ? { workstreams } : {}),
    ...(risks ? { risks } : {}),
    ...(mitigations?.length ? { mitigations } : {}),
  };
}
