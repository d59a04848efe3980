import type { GrantDecision } from '../../schemas/stability-grant';
import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { StabilityGrantRecord, StabilityGrantState } from './stability-grant-record';

/**
 * The grant's figures and every decision on it, in one query: the grant's item and its
 * decisions share the sort-key prefix `STABILITYGRANT`.
 */
export async function getStabilityGrant(
  store: Store,
  laCode: string,
): Promise<StabilityGrantState> {
  const grantSk = keys.stabilityGrant(laCode).sk;
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': grantSk },
    ConsistentRead: true,
  });
  let record: StabilityGrantRecord | undefined;
  const decisions: GrantDecision[] = [];
  for (const item of items) {
    if (item.sk === grantSk) record = stripKeys<StabilityGrantRecord>(item);
    else if (String(item.sk).startsWith(keys.stabilityGrantDecisionPrefix)) {
      const { laCode: _laCode, ...decision } = stripKeys<GrantDecision & { laCode: string }>(item);
      decisions.push(decision);
    }
  }
  return { record, decisions };
}
