import type { AlertKey } from '../../domain';
import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { AlertRecord } from './alert-record';

/**
 * The council's open (or acknowledged) alerts for these rules' keys, through the keys'
 * slots: one read of every slot, then one of the alerts they point at (none when no slot
 * is taken). By `slotId(laCode, key)`.
 */
export async function findOpenAlerts(
  store: Store,
  laCode: string,
  alertKeys: readonly AlertKey[],
): Promise<Map<string, AlertRecord>> {
  const open = new Map<string, AlertRecord>();
  if (alertKeys.length === 0) return open;
  const slots = await batchGet(
    store,
    alertKeys.map((key) => slotKey(laCode, key)),
  );
  const pointed = [...slots].flatMap(([slot, item]) =>
    typeof item.alertId === 'string' ? [{ slot, alert: keys.alert(laCode, item.alertId) }] : [],
  );
  if (pointed.length === 0) return open;
  const alerts = await batchGet(
    store,
    pointed.map((p) => p.alert),
  );
  for (const { slot, alert } of pointed) {
    const item = alerts.get(itemId(alert));
    if (item) open.set(slot, stripKeys<AlertRecord>(item));
  }
  return open;
}

/** How `findOpenAlerts` names the slot of a rule's key. */
export function slotId(laCode: string, key: AlertKey): string {
  return itemId(slotKey(laCode, key));
}

function slotKey(laCode: string, key: AlertKey) {
  return keys.alertSlot(laCode, key.rule, key.subject, key.financialYear);
}
