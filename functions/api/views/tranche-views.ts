import type { Agreement } from '../../../shared/schemas/agreement';
import type { TrancheRecord, TrancheView } from '../../../shared/schemas/tranche';

/** Each tranche of the agreement with its payment state; one never decided on is scheduled. */
export function trancheViews(
  agreement: Agreement,
  records: Map<string, TrancheRecord>,
): TrancheView[] {
  return agreement.tranches.map((tranche) => {
    const record = records.get(tranche.id);
    return {
      ...tranche,
      status: record?.status ?? 'scheduled',
      backPaid: record?.backPaid ?? false,
      decisions: record?.decisions ?? [],
    };
  });
}
