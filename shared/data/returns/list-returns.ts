import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { ReturnRecord } from './return-record';

/** Every return of the council, in period order (a council has a few dozen at most). */
export async function listReturns(store: Store, laCode: string): Promise<ReturnRecord[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': keys.returnPrefix },
  });
  return items.map((item) => stripKeys<ReturnRecord>(item));
}
