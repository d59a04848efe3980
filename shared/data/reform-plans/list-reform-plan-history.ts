import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { ReformPlanHistoryRecord } from './reform-plan-record';

/** Every saved version and status change of the council's plan, newest first. */
export async function listReformPlanHistory(
  store: Store,
  laCode: string,
): Promise<ReformPlanHistoryRecord[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': councilPk(laCode),
      ':prefix': keys.reformPlanHistoryPrefix,
    },
    ScanIndexForward: false,
  });
  return items.map((item) => {
    const { laCode: _laCode, ...entry } = stripKeys<ReformPlanHistoryRecord & { laCode: string }>(
      item,
    );
    return entry;
  });
}
