import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';

/**
 * The id of the message the local runner's outbox keeps under this council and
 * reference, if any: the outbox's answer to "was this already sent?" (its stand-in for
 * asking GOV.UK Notify). The council's outbox is read whole, filtered by reference: the
 * local runner's own few messages, and it is asked only of a delivery claimed again
 * (after a failure, or taken over from a worker that was killed).
 */
export async function findOutboxMessage(
  store: Store,
  laCode: string,
  reference: string,
): Promise<string | undefined> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    FilterExpression: '#reference = :reference',
    ExpressionAttributeNames: { '#reference': 'reference' },
    ExpressionAttributeValues: {
      ':pk': councilPk(laCode),
      ':prefix': keys.outboxPrefix,
      ':reference': reference,
    },
    ProjectionExpression: 'id',
    ConsistentRead: true,
  });
  const id = items[0]?.id;
  return typeof id === 'string' ? id : undefined;
}
