import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
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
  const states = await query(store, laCode, keys.returnStatePrefix, '#mitigations');
  if (!states.some((item) => item.type === STATES_KEPT)) {
    return (await query(store, laCode, keys.returnPrefix, '#content.#mitigations')).map((item) =>
      record(item, (item.content as ReturnMitigationsRecord['content'])?.mitigations),
    );
  }
  const kept = states.filter((item) => item.type !== STATES_KEPT);
  const older = kept.filter((item) => unpackMitigations(item.mitigations) === undefined);
  const returns =
    older.length === 0
      ? new Map<string, Record<string, unknown>>()
      : await batchGet(
          store,
          older.map((item) => keys.return(laCode, String(item.period))),
          'pk, sk, content.mitigations',
        );
  return kept.map((item) => {
    const mitigations =
      unpackMitigations(item.mitigations) ??
      (
        returns.get(itemId(keys.return(laCode, String(item.period))))?.content as
          ReturnMitigationsRecord['content'] | undefined
      )?.mitigations;
    return record(item, mitigations);
  });
}

function query(store: Store, laCode: string, prefix: string, mitigations: string) {
  return queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': prefix },
    ProjectionExpression: `#type, #period, #status, ${mitigations}`,
    ExpressionAttributeNames: {
      '#type': 'type',
      '#period': 'period',
      '#status': 'status',
      '#mitigations': 'mitigations',
      ...(mitigations.includes('#content') ? { '#content': 'content' } : {}),
    },
  });
}

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
