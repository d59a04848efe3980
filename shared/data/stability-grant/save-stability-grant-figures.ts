import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { putVersioned } from '../put-versioned';
import type { StabilityGrantRecord } from './stability-grant-record';

/** Replaces the grant's figures (only from the version read, or when absent), audited. */
export async function saveStabilityGrantFigures(
  store: Store,
  previousVersion: number | undefined,
  next: StabilityGrantRecord,
  audit: Omit<AuditInput, 'laCode'>,
  now: Date = new Date(),
): Promise<void> {
  await putVersioned(
    store,
    { item: stabilityGrantItem(next), previousVersion, laCode: next.laCode, audit },
    now,
  );
}

/** The grant's item, on the cross-council collection the DfE overview reads. */
export function stabilityGrantItem(record: StabilityGrantRecord): Record<string, unknown> {
  return {
    ...keys.stabilityGrant(record.laCode),
    gsi1pk: collections.reform,
    gsi1sk: `${record.laCode}#stability-grant`,
    type: 'stability-grant',
    ...record,
  };
}
