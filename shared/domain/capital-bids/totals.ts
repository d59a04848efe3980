import type { FundedFrom, SchemeDecision, SchemePlan, SchemeProgress } from './types';

/**
 * The places a bid's schemes plan (all but the cancelled ones) and have delivered (the
 * open ones), and what its decision left unallocated to any scheme.
 */
export function bidTotals(
  schemes: (SchemePlan & { progress?: SchemeProgress })[],
  decision?: { awarded: number; schemes?: SchemeDecision[] },
) {
  const live = schemes.filter((s) => s.progress?.status !== 'cancelled');
  const placesPlanned = live.reduce((sum, s) => sum + (s.places ?? 0), 0);
  const placesDelivered = schemes
    .filter((s) => s.progress?.status === 'open')
    .reduce((sum, s) => sum + (s.progress?.placesDelivered ?? 0), 0);
  const costByFunding: Record<FundedFrom, number> = {
    'this-bid': 0,
    'existing-capital': 0,
    central: 0,
  };
  for (const s of schemes) costByFunding[s.fundedFrom] += s.cost;
  const allocated = decision
    ? (decision.schemes ?? []).reduce((sum, s) => sum + (s.amount ?? 0), 0)
    : undefined;
  return {
    placesPlanned,
    placesDelivered,
    costByFunding,
    ...(decision && allocated !== undefined
      ? { allocated, unallocated: decision.awarded - allocated }
      : {}),
  };
}
