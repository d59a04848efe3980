import type { TrancheDecision, TrancheRecord } from '../../schemas/tranche';
import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';

/** The payment state of each of the council's tranches that has had a decision, by id. */
export async function listTrancheRecords(
  store: Store,
  laCode: string,
): Promise<Map<string, TrancheRecord>> {
  const byPrefix = (prefix: string) =>
    queryAll(store, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': prefix },
      ConsistentRead: true,
    });
  const [states, decisions] = await Promise.all([
    byPrefix(keys.tranchePrefix),
    byPrefix(keys.trancheDecisionPrefix),
  ]);
  const records = new Map(
    states.map((item) => {
      const record = {
        ...stripKeys<Omit<TrancheRecord, 'decisions'>>(item),
        decisions: [] as TrancheDecision[],
      };
      return [record.trancheId, record];
    }),
  );
  // Decisions come in key order: by tranche, then by the version each one made.
  for (const item of decisions) {
    const {
      laCode: _laCode,
      trancheId,
      ...decision
    } = stripKeys<TrancheDecision & { laCode: string; trancheId: string }>(item);
    records.get(trancheId)?.decisions.push(decision);
  }
  return records;
}
