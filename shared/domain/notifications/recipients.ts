import { isForRole, type Audience, type NotificationEvent } from './events';

/** A person's choice of notifications, as it matters to delivery. */
export interface Subscriber {
  sub: string;
  audience: Audience;
  email?: string;
  events: readonly string[];
  /** The person's role when they saved their choice (settings saved earlier have none). */
  role?: string;
}

export interface Recipient {
  sub: string;
  audience: Audience;
  email: string;
}

/**
 * Who gets a message about an event: each subscriber in an audience the event goes to
 * who chose it, gave an address and has a role the event is for (ready for sign-off:
 * approvers), once each (a person listed twice is told once).
 */
export function recipientsOf(
  event: NotificationEvent,
  audiences: readonly Audience[],
  subscribers: readonly Subscriber[],
): Recipient[] {
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const s of subscribers) {
    if (!audiences.includes(s.audience) || !s.events.includes(event) || !s.email) continue;
    if (!isForRole(event, s.role)) continue;
    const key = `${s.audience}#${s.sub}`;
    if (seen.has(key)) continue;
    seen.add(key);
    recipients.push({ sub: s.sub, audience: s.audience, email: s.email });
  }
  return recipients;
}
