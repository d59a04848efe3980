/**
 * The events people can ask to be told about by email, named as the API names them.
 * Each reaches the council's own subscribed users; some also reach DfE's.
 */
export const NOTIFICATION_EVENTS = [
  'return-due',
  'return-overdue',
  'return-returned',
  'return-accepted',
  'alert-red',
  'alert-amber',
  'plan-reviewed',
  'ready-for-sign-off',
] as const;

export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** Who an event is for: the council's people always, DfE's for the events DfE follows. */
export type Audience = 'council' | 'dfe';

/** DfE follows councils that fall behind: late returns and alerts. */
const DFE_EVENTS: ReadonlySet<NotificationEvent> = new Set([
  'return-overdue',
  'alert-red',
  'alert-amber',
]);

export function isNotificationEvent(value: unknown): value is NotificationEvent {
  return typeof value === 'string' && (NOTIFICATION_EVENTS as readonly string[]).includes(value);
}

/** The audiences an event goes to. */
export function audiencesOf(event: NotificationEvent): Audience[] {
  return DFE_EVENTS.has(event) ? ['council', 'dfe'] : ['council'];
}

/**
 * Events for the council's sign-off officers only: a return handed over for sign-off is
 * news to the approver who signs it, not to the editors who handed it over.
 */
const APPROVER_EVENTS: ReadonlySet<NotificationEvent> = new Set(['ready-for-sign-off']);

/** The role that receives the sign-off officers' events. */
export const SIGN_OFF_ROLE = 'council-approver';

/** Whether a person with this role may receive the event (its audience aside). */
export function isForRole(event: NotificationEvent, role: string | undefined): boolean {
  return !APPROVER_EVENTS.has(event) || role === SIGN_OFF_ROLE;
}

/**
 * The events a person in this audience can receive, in the API's order; given a role,
 * those for that role (sign-off hand-overs go to approvers only).
 */
export function eventsFor(audience: Audience, role?: string): NotificationEvent[] {
  return NOTIFICATION_EVENTS.filter(
    (event) =>
      audiencesOf(event).includes(audience) && (role === undefined || isForRole(event, role)),
  );
}
