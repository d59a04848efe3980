import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { writeWithAudit, type TransactItem } from '../transact';
import type { ReturnHistoryEntry, ReturnRecord } from './return-record';
import { versionCondition } from '../version-condition';
import { figuresChange, returnFiguresUpdate } from './return-figures';
import { packMitigations } from './state-mitigations';

/**
 * Writes one change of a return in one transaction: the return moves to `next` (only
 * if it is still at the version that was read, or absent for a new one), the change is
 * kept in the return's history, the council's figures item follows a submitted return
 * (returnFiguresUpdate), and the audit item and any `extra` items land with it.
 * Throws ConditionFailedError when someone else changed the return in between.
 */
export async function writeReturnChange(
  store: Store,
  change: {
    previous: ReturnRecord | undefined;
    next: ReturnRecord;
    history: ReturnHistoryEntry;
    audit: Omit<AuditInput, 'laCode'>;
    extra?: TransactItem[];
  },
  now: Date,
): Promise<void> {
  const { previous, next, history, audit, extra = [] } = change;
  const { laCode, period } = next;
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.return(laCode, period), type: 'return', ...next },
          ...versionCondition(previous?.version),
        },
      },
      { Put: { TableName: store.tableName, Item: returnStateItem(next) } },
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.returnHistory(laCode, period, history.version),
            type: 'return-history',
            laCode,
            ...history,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...(figuresChange(previous, next) ? [returnFiguresUpdate(store, next)] : []),
      ...extra,
    ],
    { laCode, ...audit },
    now,
  );
}

/**
 * What the overview, the council's listing of returns and its savings by mitigation read
 * of a return, kept small so they cost the same however long the returns are. The forecast keeps its path in the content, so the
 * item's names are a return's own.
 */
export function returnStateItem(next: ReturnRecord) {
  const forecast = next.content.finance?.forecastCumulativeDeficit;
  return {
    ...keys.returnState(next.laCode, next.period),
    gsi1pk: collections.returnsOf(next.period),
    gsi1sk: next.laCode,
    type: 'return-state',
    laCode: next.laCode,
    period: next.period,
    status: next.status,
    version: next.version,
    ...(next.submittedAt ? { submittedAt: next.submittedAt } : {}),
    ...(next.readyForSignOff ? { readyForSignOff: next.readyForSignOff } : {}),
    content: forecast === undefined ? {} : { finance: { forecastCumulativeDeficit: forecast } },
    mitigationReports: packMitigations(next.content.mitigations),
  };
}
