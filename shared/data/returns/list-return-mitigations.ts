import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { keys } from '../keys';
import { queryCouncilItems } from '../query-council-items';
import type { ReturnRecord } from './return-record';
import { STATES_KEPT } from './return-states-kept';
import { unpackMitigations, type StateMitigation } from './state-mitigations';

export interface ReturnMitigationsRecord {
  period: string;
  status: ReturnRecord['status'];
  content: { mitigations?: StateMitigation[] };
}

/**
 * Every return of the council with only what it reports of its mitigations (for the
 * savings), read from the returns' small state items, which keep the reports packed
 * (state-mitigations.ts): a query of a few hundred bytes a period, where the returns
 * themselves, narratives and all, would be read whole (DynamoDB reads a query's items
 * whole whatever it projects). A state item written before it kept the reports is
 * followed by one BatchGetItem of those returns; a council whose returns may have no
 * state item at all (no `keys.returnStatesKept`) has its returns read, as before.
 */
export async function listReturnMitigations(
  store: Store,
  laCode: string,
): Promise<ReturnMitigationsRecord[]> {
  const states = await queryCouncilItems(store, laCode, keys.returnStatePrefix, {
    fields: ['type', 'period', 'status', 'mitigationReports'],
  });
  if (!states.some((item) => item.type === STATES_KEPT)) {
    const returns = await queryCouncilItems(store, laCode, keys.returnPrefix, {
      fields: ['period', 'status', 'content.mitigations'],
    });
    return returns.map((item) => record(item, reportsOf(item)));
  }
  const kept = states
    .filter((item) => item.type !== STATES_KEPT)
    .map((item) => ({ item, reports: unpackMitigations(item.mitigationReports) }));
  const returnOf = (item: Record<string, unknown>) => keys.return(laCode, String(item.period));
  // No call when every state item keeps its reports.
  const older = await batchGet(
    store,
    kept.filter(({ reports }) => reports === undefined).map(({ item }) => returnOf(item)),
    'pk, sk, content.mitigations',
  );
  return kept.map(({ item, reports }) =>
    record(item, reports ?? reportsOf(older.get(itemId(returnOf(item))))),
  );
}

/** A return's own mitigation reports, from its (projected) item. */
const reportsOf = (item: Record<string, unknown> | undefined) =>
  (item?.content as ReturnMitigationsRecord['content'] | undefined)?.mitigations;

function record(
  item: Record<string, unknown>,
  mitigations: StateMitigation[] | undefined,
): ReturnMitigationsRecord {
  return {
    period: String(item.period),
    status: item.status as ReturnRecord['status'],
    content: mitigations === undefined ? {} : { mitigations },
  };
}
