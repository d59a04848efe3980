import type { Agreement, Tranche } from '../../../shared/schemas/agreement';
import type { TrancheRecord, TrancheView } from '../../../shared/schemas/tranche';

/**
 * A tranche with its payment state; one never decided on is scheduled, at version 0
 * (the version a first decision names in If-Match).
 */
export function trancheView(tranche: Tranche, record: TrancheRecord | undefined): TrancheView {
  return {
    ...tranche,
    status: record?.status ?? 'scheduled',
    backPaid: record?.backPaid ?? false,
    version: record?.version ?? 0,
    decisions: record?.decisions ?? [],
  };
}

/** Each tranche of the agreement with its payment state. */
export function trancheViews(
  agreement: Agreement,
  records: Map<string, TrancheRecord>,
): TrancheView[] {
  return agreement.tranches.map((tranche) => trancheView(tranche, records.get(tranche.id)));
}
