import type { TrancheDecision, TrancheRecord } from '../../schemas/tranche';
import type { Actor } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { writeDecision } from '../decisions/write-decision';

/**
 * Records a decision on a tranche, only if nobody decided on it in between (its version
 * is still the one read). Throws ConditionFailedError otherwise, so two concurrent
 * decisions can never both land.
 */
export async function recordTrancheDecision(
  store: Store,
  laCode: string,
  previous: TrancheRecord | undefined,
  next: Omit<TrancheRecord, 'version' | 'decisions'>,
  decision: TrancheDecision,
  actor: Actor,
  now: Date,
): Promise<TrancheRecord> {
  const record: TrancheRecord = {
    ...next,
    decisions: [...(previous?.decisions ?? []), decision],
    version: (previous?.version ?? 0) + 1,
  };
  await writeDecision(
    store,
    {
      state: {
        key: keys.tranche(laCode, next.trancheId),
        item: {
          gsi1pk: collections.tranches,
          gsi1sk: `${laCode}#${next.trancheId}`,
          type: 'tranche',
          laCode,
          trancheId: record.trancheId,
          status: record.status,
          backPaid: record.backPaid,
          version: record.version,
        },
        previousVersion: previous?.version,
      },
      decision: {
        key: keys.trancheDecision(laCode, next.trancheId, record.version),
        item: { type: 'tranche-decision', laCode, trancheId: next.trancheId, ...decision },
      },
      audit: {
        laCode,
        actor,
        action: `tranche.${decision.decision}`,
        entity: `tranche ${next.trancheId}`,
        before: previous
          ? { status: previous.status, backPaid: previous.backPaid }
          : { status: 'scheduled', backPaid: false },
        after: {
          status: record.status,
          backPaid: record.backPaid,
          reason: decision.reason,
          override: decision.override,
          overriddenConditionIds: decision.overriddenConditionIds,
        },
      },
    },
    now,
  );
  return record;
}
