import type { Logger } from '@aws-lambda-powertools/logger';
import { acknowledgeAlert } from '../../../functions/api/alerts/acknowledge-alert';
import { listCouncilAlerts } from '../../../shared/data/alerts/list-alerts';
import type { Store } from '../../../shared/data/client';
import { formatLongDate, periodEnd } from '../../../shared/domain';
import { depsAt, REVIEWER } from './seed-writes';

/** Shown on each acknowledged alert: why the demo holds no return for the period. */
export function laterReturnNote(asAt: string): string {
  return (
    `Illustrative: the demo's council reports end on ${formatLongDate(asAt)}, ` +
    'before this period ended, so the demo holds no return for it.'
  );
}

/**
 * The demo's reports stop at `asAt`, but the product's clock is the real one, so every
 * period that ended since is owed and overdue: left open, those alerts would fill the top
 * of each council's home page and hide the alerts its reports do raise. DfE's reviewer
 * acknowledges them (through the API's own use case, with a note saying why), as DfE
 * would for a council it knows has stopped reporting here: they stay on the council's
 * alerts page, and leave its open alerts to what the reports found. Periods ending on or
 * before `asAt` are left alone: their returns are part of the story.
 */
export async function acknowledgeReturnsAfterReports(
  ctx: { store: Store; logger: Logger },
  laCodes: string[],
  asAt: string,
  now: Date,
): Promise<number> {
  const note = laterReturnNote(asAt);
  let acknowledged = 0;
  for (const laCode of laCodes) {
    const later = [];
    let cursor: string | undefined;
    do {
      const page = await listCouncilAlerts(ctx.store, laCode, {
        status: 'open',
        rule: 'return-overdue',
        limit: 100,
        cursor,
      });
      later.push(...page.items.filter((alert) => periodEnd(alert.period) > asAt));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    for (const alert of later) {
      await acknowledgeAlert(depsAt(ctx, now), REVIEWER, {
        laCode,
        alertId: alert.id,
        note,
        ifMatch: undefined,
      });
      acknowledged += 1;
    }
  }
  return acknowledged;
}
