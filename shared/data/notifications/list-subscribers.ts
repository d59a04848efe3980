import type { Subscriber } from '../../domain';
import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';

/**
 * Everyone in one partition (a council's, or DfE's) who chose at least one notification:
 * one query, whatever the number of people.
 */
export async function listSubscribers(store: Store, partition: string): Promise<Subscriber[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    FilterExpression: 'size(events) > :none',
    ExpressionAttributeValues: {
      ':pk': councilPk(partition),
      ':prefix': keys.notificationSettingsPrefix,
      ':none': 0,
    },
    ProjectionExpression: '#sub, audience, email, events, #role',
    ExpressionAttributeNames: { '#sub': 'sub', '#role': 'role' },
  });
  return items.map((item) => ({
    sub: String(item.sub),
    audience: item.audience === 'dfe' ? 'dfe' : 'council',
    ...(typeof item.email === 'string' ? { email: item.email } : {}),
    events: Array.isArray(item.events) ? item.events.map(String) : [],
    ...(typeof item.role === 'string' ? { role: item.role } : {}),
  }));
}
