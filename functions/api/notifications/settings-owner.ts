import { type Principal, isCouncilRole } from '../../../shared/auth';
import { DFE_PARTITION } from '../../../shared/data/keys';
import type { NotificationSettingsRecord } from '../../../shared/data/notifications/settings-record';
import { eventsFor, type Audience } from '../../../shared/domain';
import type { NotificationSettings } from '../../../shared/schemas/notifications';

/**
 * Whose settings a caller reaches: always their own, found from the verified token alone
 * (their council's partition, or DfE's), never from anything they send.
 */
export function settingsOwner(principal: Principal): {
  partition: string;
  sub: string;
  audience: Audience;
} {
  const council = isCouncilRole(principal.role) && principal.laCode;
  return council
    ? { partition: council, sub: principal.sub, audience: 'council' }
    : { partition: DFE_PARTITION, sub: principal.sub, audience: 'dfe' };
}

export function settingsView(
  audience: Audience,
  record: NotificationSettingsRecord | undefined,
): NotificationSettings {
  return {
    ...(record?.email ? { email: record.email } : {}),
    events: (record?.events ?? []) as NotificationSettings['events'],
    availableEvents: eventsFor(audience),
    ...(record ? { version: record.version, updatedAt: record.updatedAt } : {}),
  };
}
