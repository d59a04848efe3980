import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import type { ReturnRecord } from './return-record';

export type ReturnMitigationsRecord = Pick<ReturnRecord, 'period' | 'status'> & {
  content: Pick<ReturnRecord['content'], 'mitigations'>;
};

/** Every return of the council with only what it reports of its mitigations (for the savings). */
export async function listReturnMitigations(
  store: Store,
  laCode: string,
): Promise<ReturnMitigationsRecord[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': keys.returnPrefix },
    ProjectionExpression: '#period, #status, #content.#mitigations',
    ExpressionAttributeNames: {
      '#period': 'period',
      '#status': 'status',
      '#content': 'content',
      '#mitigations': 'mitigations',
    },
  });
  return items.map((item) => ({
    period: item.period as string,
    status: item.status as ReturnRecord['status'],
    content: item.content ?? {},
  }));
}
