import type { Principal } from '../../../shared/auth';
import { getNotificationSettings } from '../../../shared/data/notifications/get-notification-settings';
import type { AppDeps } from '../env';
import { settingsOwner, settingsView } from './settings-owner';

/** The caller's own choice of notifications (nothing chosen before their first save). */
export async function readNotificationSettings(deps: AppDeps, principal: Principal) {
  const owner = settingsOwner(principal);
  const record = await getNotificationSettings(deps.store, owner.partition, owner.sub);
  return settingsView(owner, record);
}
