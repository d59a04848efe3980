import type { CapitalBidRecord } from '../../../shared/data/capital-bids/capital-bid-record';
import { bidTotals } from '../../../shared/domain';
import type {
  CapitalBid,
  CapitalBidSummary,
  CapitalScheme,
} from '../../../shared/schemas/capital-bid';

/** Each scheme with where its delivery stands and DfE's support for it. */
function schemeViews(record: CapitalBidRecord): CapitalScheme[] {
  const support = new Map((record.decision?.schemes ?? []).map((s) => [s.schemeId, s]));
  return record.schemes.map(({ progress, ...scheme }) => {
    const decided = support.get(scheme.id);
    return {
      ...scheme,
      status: progress?.status ?? 'planned',
      ...(progress?.placesDelivered === undefined
        ? {}
        : { placesDelivered: progress.placesDelivered }),
      ...(progress?.openedOn ? { openedOn: progress.openedOn } : {}),
      ...(decided ? { support: decided.support } : {}),
      ...(decided?.amount === undefined ? {} : { amount: decided.amount }),
      ...(progress ? { progressUpdatedAt: progress.updatedAt } : {}),
    };
  });
}

export function capitalBidSummary(record: CapitalBidRecord): CapitalBidSummary {
  const totals = bidTotals(record.schemes, record.decision);
  return {
    laCode: record.laCode,
    bidId: record.bidId,
    version: record.version,
    title: record.title,
    status: record.status,
    ...(record.submittedOn ? { submittedOn: record.submittedOn } : {}),
    requested: record.requested,
    ...(record.decision
      ? { awarded: record.decision.awarded, decidedOn: record.decision.decidedOn }
      : {}),
    placesPlanned: totals.placesPlanned,
    placesDelivered: totals.placesDelivered,
    costByFunding: totals.costByFunding,
    ...(record.note ? { note: record.note } : {}),
    schemes: schemeViews(record),
  };
}

/** The bid with its version, decision and schemes, as `GET …/capital-bids/{bidId}` gives it. */
export function capitalBidDetail(record: CapitalBidRecord): CapitalBid {
  const totals = bidTotals(record.schemes, record.decision);
  return {
    ...capitalBidSummary(record),
    ...(record.decision
      ? {
          decision: {
            ...record.decision,
            allocated: totals.allocated ?? 0,
            unallocated: totals.unallocated ?? record.decision.awarded,
          },
        }
      : {}),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
