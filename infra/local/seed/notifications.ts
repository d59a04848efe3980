import type { Logger } from '@aws-lambda-powertools/logger';
import { saveNotificationSettings } from '../../../functions/api/notifications/save-notification-settings';
import type { Store } from '../../../shared/data/client';
import type { NotificationEvent } from '../../../shared/domain';
import { NotificationSettingsInput } from '../../../shared/schemas/notifications';
import { COUNCIL_PERSONAS, councilPersonaName, councilPersonaSub } from '../personas';
import { depsAt } from './seed-writes';

/**
 * What each council's demo people chose to be emailed about: the finance officer who
 * prepares returns hears how DfE reviewed them; the section 151 officer also hears when a
 * return is waiting for their sign-off. The analyst, who only reads, chose nothing. No
 * reminders or alerts: on the local runner's real clock the demo's later returns are all
 * overdue, and the outbox would fill with those at every start.
 */
const CHOICES: Partial<Record<(typeof COUNCIL_PERSONAS)[number]['role'], NotificationEvent[]>> = {
  'council-editor': ['return-returned', 'return-accepted', 'plan-reviewed'],
  'council-approver': ['ready-for-sign-off', 'return-returned', 'return-accepted'],
};

/** An illustrative address on the reserved example domain: nothing is ever sent to it. */
export function demoAddress(title: string, councilName: string): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug(title)}@${slug(councilName)}.example.gov.uk`;
}

/**
 * Saves each demo person's notification choice through the API's own use case (so each
 * leaves its audit item, by that person), dated `when`.
 */
export async function seedNotificationSettings(
  ctx: { store: Store; logger: Logger },
  council: { laCode: string; name: string },
  when: Date,
): Promise<void> {
  for (const { role, title } of COUNCIL_PERSONAS) {
    const events = CHOICES[role];
    if (!events) continue;
    await saveNotificationSettings(
      depsAt(ctx, when),
      {
        sub: councilPersonaSub(role, council.laCode),
        role,
        laCode: council.laCode,
        name: councilPersonaName(council.name, title),
      },
      {
        input: NotificationSettingsInput.parse({
          email: demoAddress(title, council.name),
          events,
        }),
        ifMatch: undefined,
      },
    );
  }
}
