import type { Assessment } from '../../schemas/assessment';
import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';

/** Every DfE assessment of the council's conditions, by condition, then period, then time. */
export async function listAssessments(store: Store, laCode: string): Promise<Assessment[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': keys.assessmentPrefix },
    ConsistentRead: true,
  });
  return items.map((item) => stripKeys<Assessment>(item));
}
