import type { Actor } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { returnFiguresItem } from '../returns/return-figures';
import { returnStatesKeptItem } from '../returns/return-states-kept';
import { writeWithAudit } from '../transact';
import type { Council, CouncilInput } from '../../schemas/council';

/** Creates a council (a tenant). Throws ConditionFailedError when its LA code is taken. */
export async function createCouncil(
  store: Store,
  input: CouncilInput,
  actor: Actor,
  now: Date,
): Promise<Council> {
  const at = now.toISOString();
  const council: Council = { ...input, createdAt: at, updatedAt: at };
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.council(input.laCode),
            gsi1pk: collections.councils,
            gsi1sk: input.laCode,
            type: 'council',
            ...council,
            // Every agreement written since has its summary: without one, it has no agreement.
            agreementSummarySince: at,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      // Started with the council, so it holds every submitted return (compare reads it).
      { Put: { TableName: store.tableName, Item: returnFiguresItem(input.laCode, at) } },
      // Likewise every return's state item, so the council's returns are listed from those.
      { Put: { TableName: store.tableName, Item: returnStatesKeptItem(input.laCode, at) } },
    ],
    { laCode: input.laCode, actor, action: 'council.created', entity: 'council', after: council },
    now,
  );
  return council;
}
