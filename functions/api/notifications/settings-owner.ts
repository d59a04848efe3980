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
  role: Principal['role'];
} {
  const council = isCouncilRole(principal.role) && principal.laCode;
  const { sub, role } = principal;
  return council
    ? { partition: council, sub, audience: 'council', role }
    : { partition: DFE_PARTITION, sub, audience: 'dfe', role };
}

export function settingsView(
  owner: { audience: Audience; role: Principal['role'] },
  record: NotificationSettingsRecord | undefined,
): NotificationSettings {
  return {
    ...(record?.email ? { email: record.email } : {}),
    events: (record?.events ?? []) as NotificationSettings['events'],
    availableEvents: eventsFor(owner.audience, owner.role),
    ...(record ? { version: record.version, updatedAt: record.updatedAt } : {}),
  };
}
