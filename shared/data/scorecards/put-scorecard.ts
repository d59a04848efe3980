import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { putVersioned } from '../put-versioned';
import type { ScorecardRecord } from './scorecard-record';

/**
 * Writes the council's scorecard, on condition that it is still at the version that was
 * read (or absent), with its audit item in the same transaction. Throws
 * ConditionFailedError when someone else saved in between.
 */
export async function putScorecard(
  store: Store,
  change: {
    previousVersion: number | undefined;
    next: ScorecardRecord;
    audit: Omit<AuditInput, 'laCode'>;
  },
  now: Date,
): Promise<void> {
  const { next } = change;
  await putVersioned(
    store,
    {
      item: {
        ...keys.scorecard(next.laCode),
        gsi1pk: collections.scorecards,
        gsi1sk: next.laCode,
        type: 'scorecard',
        ...next,
      },
      previousVersion: change.previousVersion,
      laCode: next.laCode,
      audit: change.audit,
    },
    now,
  );
}
