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
    ProjectionExpression: '#sub, audience, email, events, #role, updatedBy.#role',
    ExpressionAttributeNames: { '#sub': 'sub', '#role': 'role' },
  });
  return items.map((item) => {
    const role = roleOf(item);
    return {
      sub: String(item.sub),
      audience: item.audience === 'dfe' ? 'dfe' : 'council',
      ...(typeof item.email === 'string' ? { email: item.email } : {}),
      events: Array.isArray(item.events) ? item.events.map(String) : [],
      ...(role ? { role } : {}),
    };
  });
}

/**
 * The owner's role when they last saved. Settings saved before `role` was stored have
 * none, but every save has always recorded its saver in `updatedBy`, and only the owner
 * ever saves their own settings: that actor's role is the very role `role` now keeps. So
 * old settings are read as if saved today, with no migration and no resave needed.
 */
function roleOf(item: Record<string, unknown>): string | undefined {
  if (typeof item.role === 'string') return item.role;
  const savedBy = item.updatedBy as { role?: unknown } | undefined;
  return typeof savedBy?.role === 'string' ? savedBy.role : undefined;
}
