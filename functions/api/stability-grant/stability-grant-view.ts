import type { ReformPlanRecord } from '../../../shared/data/reform-plans/reform-plan-record';
import type { StabilityGrantState } from '../../../shared/data/stability-grant/stability-grant-record';
import { assessStabilityGrant, STABILITY_GRANT_AS_AT } from '../../../shared/domain';
import type { StabilityGrant } from '../../../shared/schemas/stability-grant';

/**
 * The grant as the API shows it: the sources side by side, how far each is from the
 * deficit that counts, the rule applied and the grant. Once paid, what was paid stands.
 */
export function stabilityGrantView(
  laCode: string,
  state: StabilityGrantState,
  plan: Pick<ReformPlanRecord, 'status'> | undefined,
): StabilityGrant {
  const { record, decisions } = state;
  const planStatus = plan?.status ?? 'none';
  const sources = record?.sources ?? [];
  const assessed = assessStabilityGrant({
    sources,
    ...(record?.determination ? { determination: record.determination } : {}),
    paid: record?.paid !== undefined,
    planStatus,
  });
  const paid = record?.paid;
  const eligibleDeficit = paid?.eligibleDeficit ?? assessed.eligibleDeficit;
  return {
    laCode,
    ...(record ? { version: record.version } : {}),
    asAt: record?.asAt ?? STABILITY_GRANT_AS_AT,
    eligibleDeficit,
    basis: paid?.basis ?? assessed.basis,
    grant: paid?.grant ?? assessed.grant,
    status: assessed.status,
    difference: assessed.difference,
    sources: sources.map((s) => ({
      ...s,
      differenceFromEligible: s.highNeedsDeficit - (eligibleDeficit ?? 0),
      counts: assessed.countingSources.includes(s.source),
    })),
    ...(record?.explanation ? { explanation: record.explanation } : {}),
    ...(record?.determination ? { determination: record.determination } : {}),
    reformPlanStatus: planStatus,
    decisions,
    ...(record ? { updatedAt: record.updatedAt, updatedBy: record.updatedBy } : {}),
  };
}
