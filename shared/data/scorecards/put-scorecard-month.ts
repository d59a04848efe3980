import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { putVersioned } from '../put-versioned';
import type { ScorecardMonthRecord } from './scorecard-record';

/**
 * Writes a month's figures on condition that they are still at the version that was read
 * (or absent), with the audit item in the same transaction. The month is also filed in
 * the cross-council collection by month, so DfE's comparison reads every council's
 * months in one query.
 */
export async function putScorecardMonth(
  store: Store,
  change: {
    previousVersion: number | undefined;
    next: ScorecardMonthRecord;
    audit: Omit<AuditInput, 'laCode'>;
  },
  now: Date,
): Promise<void> {
  const { next } = change;
  await putVersioned(
    store,
    {
      item: {
        ...keys.scorecardMonth(next.laCode, next.month),
        gsi1pk: collections.scorecardMonths,
        gsi1sk: `${next.month}#${next.laCode}`,
        type: 'scorecard-month',
        ...next,
      },
      previousVersion: change.previousVersion,
      laCode: next.laCode,
      audit: change.audit,
    },
    now,
  );
}
