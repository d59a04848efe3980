import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../../shared/data/client';
import { putComparator } from '../../shared/data/comparators/put-comparator';
import { keys } from '../../shared/data/keys';
import { putScorecard } from '../../shared/data/scorecards/put-scorecard';
import { putScorecardMonth } from '../../shared/data/scorecards/put-scorecard-month';
import { addMonths } from '../../shared/domain';
import { buildCouncil, buildSubmittedReturn } from './council-builder';
import { completeReturn } from './fixtures';

const editor = { sub: 'history-editor', role: 'council-editor' } as const;
const admin = { sub: 'history-admin', role: 'dfe-admin' } as const;
const at = '2026-11-01T09:00:00.000Z';

/** The scorecard measures every council of a history chooses. */
export const HISTORY_MEASURES = ['ehcp-20-week-pct', 'annual-review-backlog', 'tribunal-appeals'];
/** The latest month of every history. */
export const LATEST_MONTH = '2026-10';

/** The latest `count` quarters, oldest first, ending with 2025-26 quarter 4. */
export function quarters(count: number): string[] {
  const all: string[] = [];
  for (let year = 2025; all.length < count; year--) {
    const fy = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
    for (const q of [4, 3, 2, 1]) all.push(`${fy}-Q${q}`);
  }
  return all.slice(0, count).reverse();
}

/** The latest `count` months, oldest first, ending with LATEST_MONTH. */
export function months(count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(LATEST_MONTH, i - count + 1));
}

/** Runs `fn` over the items, `width` at a time. */
async function inBatches<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width)
    await Promise.all(items.slice(i, i + width).map(fn));
}

/**
 * A council with `periods` submitted quarterly returns, a scorecard of three measures with
 * `monthCount` months of figures, and `auditItems` more audit items (of a realistic size),
 * all written through the data layer as the API writes them.
 */
export async function buildCouncilHistory(
  store: Store,
  laCode: string,
  history: { periods: number; monthCount: number; auditItems?: number },
) {
  await buildCouncil(store, laCode, `Council ${laCode}`);
  await inBatches(quarters(history.periods), 4, (period) =>
    buildSubmittedReturn(
      store,
      laCode,
      period,
      completeReturn({
        finance: { ...completeReturn().finance!, forecastCumulativeDeficit: 5_000_000 },
      }),
    ),
  );
  const now = new Date(at);
  await putScorecard(
    store,
    {
      previousVersion: undefined,
      next: {
        laCode,
        version: 1,
        measures: HISTORY_MEASURES.map((key) => ({ key })),
        createdAt: at,
        updatedAt: at,
        updatedBy: editor,
      },
      audit: { actor: editor, action: 'scorecard.created', entity: 'scorecard' },
    },
    now,
  );
  await inBatches(months(history.monthCount), 4, (month) =>
    putScorecardMonth(
      store,
      {
        previousVersion: undefined,
        next: {
          laCode,
          month,
          version: 1,
          values: HISTORY_MEASURES.map((key, i) => ({ key, value: 40 + i })),
          createdAt: at,
          updatedAt: at,
          updatedBy: editor,
        },
        audit: { actor: editor, action: 'scorecard.month.saved', entity: `scorecard ${month}` },
      },
      now,
    ),
  );
  if (history.auditItems) await buildAuditTrail(store, laCode, history.auditItems);
}

/** DfE's national comparators for every history measure and month. */
export async function buildComparators(store: Store, monthCount: number) {
  const pairs = HISTORY_MEASURES.flatMap((key) =>
    months(monthCount).map((month) => ({ key, month })),
  );
  await inBatches(pairs, 8, ({ key, month }) =>
    putComparator(
      store,
      {
        previousVersion: undefined,
        next: {
          key,
          month,
          national: 50,
          source: 'illustrative',
          version: 1,
          updatedAt: at,
          updatedBy: admin,
        },
        audit: { actor: admin, action: 'comparator.saved', entity: `comparator ${key} ${month}` },
      },
      new Date(at),
    ),
  );
}

/** `count` audit items in the council's partition, as years of changes leave them. */
export async function buildAuditTrail(store: Store, laCode: string, count: number) {
  const items = Array.from({ length: count }, (_, i) => {
    const when = new Date(Date.parse('2016-04-01T09:00:00Z') + i * 3_600_000).toISOString();
    return {
      ...keys.audit(laCode, when, String(i).padStart(8, '0')),
      type: 'audit',
      laCode,
      at: when,
      actor: editor,
      action: 'return.saved',
      entity: `return ${i}`,
      after: { note: 'x'.repeat(300) },
    };
  });
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  await inBatches(batches, 4, async (batch) => {
    await store.db.send(
      new BatchWriteCommand({
        RequestItems: { [store.tableName]: batch.map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  });
}
