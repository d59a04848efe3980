import type { GrantDecision } from '../../schemas/stability-grant';
import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { writeDecision } from '../decisions/write-decision';
import { keys } from '../keys';
import { stabilityGrantItem } from './save-stability-grant-figures';
import type { StabilityGrantRecord } from './stability-grant-record';

/**
 * Records a DfE decision on the grant (a determination or the release) with the
 * grant's new state, through the same decision machinery as tranches: both land only
 * if nobody changed the grant since `previousVersion` was read.
 */
export async function recordStabilityGrantDecision(
  store: Store,
  previousVersion: number,
  next: StabilityGrantRecord,
  decision: GrantDecision,
  audit: Omit<AuditInput, 'laCode'>,
  now: Date = new Date(),
): Promise<void> {
  const { pk, sk, ...item } = stabilityGrantItem(next) as { pk: string; sk: string };
  await writeDecision(
    store,
    {
      state: { key: { pk, sk }, item, previousVersion },
      decision: {
        key: keys.stabilityGrantDecision(next.laCode, next.version),
        item: { type: 'stability-grant-decision', laCode: next.laCode, ...decision },
      },
      audit: { laCode: next.laCode, ...audit },
    },
    now,
  );
}
