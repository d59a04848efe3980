import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getNotificationSettings } from '../../../shared/data/notifications/get-notification-settings';
import { putNotificationSettings } from '../../../shared/data/notifications/put-notification-settings';
import type { NotificationSettingsRecord } from '../../../shared/data/notifications/settings-record';
import {
  actorOf,
  checkVersion,
  InvalidError,
  StaleVersionError,
  type FieldError,
  eventsFor,
  NOTIFICATION_EVENTS,
} from '../../../shared/domain';
import type { NotificationSettingsInput } from '../../../shared/schemas/notifications';
import type { AppDeps } from '../env';
import { settingsOwner, settingsView } from './settings-owner';

/**
 * Saves the caller's own choice of notifications: the address and the events. The first
 * save creates version 1; later ones name the version they change (`If-Match`).
 */
export async function saveNotificationSettings(
  deps: AppDeps,
  principal: Principal,
  request: { input: NotificationSettingsInput; ifMatch: string | undefined },
) {
  const { input, ifMatch } = request;
  const now = deps.now();
  const owner = settingsOwner(principal);
  const available = eventsFor(owner.audience, owner.role);
  const errors: FieldError[] = [];
  if (input.events.length > 0 && !input.email) {
    errors.push({ path: 'email', message: 'is needed to send you the events you chose' });
  }
  input.events.forEach((event, i) => {
    if (!available.includes(event)) {
      errors.push({
        path: `events[${i}]`,
        message:
          owner.audience === 'dfe'
            ? `${event} is not sent to DfE users`
            : `${event} is sent to sign-off officers (approvers) only`,
      });
    }
  });
  if (errors.length > 0) {
    throw new InvalidError('Your notification settings cannot be saved as they are.', errors);
  }

  const previous = await getNotificationSettings(deps.store, owner.partition, owner.sub);
  checkVersion(ifMatch, previous?.version);
  const at = now.toISOString();
  const actor = actorOf(principal);
  // Kept in the API's order, so a view and the audit read the same whatever was sent.
  const events = NOTIFICATION_EVENTS.filter((e) => input.events.includes(e));
  const next: NotificationSettingsRecord = {
    partition: owner.partition,
    sub: owner.sub,
    audience: owner.audience,
    // Kept so delivery can tell an approver (ready for sign-off) without the token.
    role: owner.role,
    ...(input.email ? { email: input.email } : {}),
    events,
    version: (previous?.version ?? 0) + 1,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await putNotificationSettings(
      deps.store,
      {
        previousVersion: previous?.version,
        next,
        audit: {
          actor,
          action: previous ? 'notifications.saved' : 'notifications.created',
          entity: `notification settings of ${owner.sub}`,
          // The address is personal data the council's audit readers need not see:
          // the trail says whether it changed, not what it is.
          ...(previous ? { before: { version: previous.version, events: previous.events } } : {}),
          after: {
            version: next.version,
            events,
            email:
              previous?.email === next.email ? 'unchanged' : next.email ? 'changed' : 'removed',
          },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Your settings were saved elsewhere at the same time. Reload them.',
      );
    }
    throw error;
  }
  return { created: !previous, settings: settingsView(owner, next) };
}
