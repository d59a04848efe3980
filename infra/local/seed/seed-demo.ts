import type { Logger } from '@aws-lambda-powertools/logger';
import type { Store } from '../../../shared/data/client';
import { listCouncils } from '../../../shared/data/councils/list-councils';
import { bcpTimeline } from './bcp';
import { bristolTimeline } from './bristol';
import { bcpCapitalTimeline, buryCapitalTimeline, wiltshireCapitalTimeline } from './capital';
import { buryTimeline } from './bury';
import { DEMO_COUNCILS } from './demo-data';
import { bcpScorecardTimeline, illustrativeScorecardTimeline } from './scorecards';
import { seedNotificationSettings } from './notifications';
import { seedReform } from './reform';
import { acknowledgeReturnsAfterReports } from './acknowledge-later-returns';
import { wiltshireTimeline } from './wiltshire';
import { at, runTimeline, seedCouncil, type DemoEvent, type SeedContext } from './seed-writes';

/**
 * The day the demo's story stands at: every seeded write is dated on or before it. The
 * product's clock is the real one, so on a later day it shows the returns due since as
 * overdue (the local runner's seed acknowledges those alerts, saying why); a runner that
 * wants the demo as it stood can use this date as its `now`.
 */
export const DEMO_AS_AT = '2025-02-14';

/** When each council was set up: the day its agreement (or BCP's plan) reached DfE. */
const SET_UP_ON: Record<string, string> = {
  '351': '2021-03-19',
  '865': '2024-03-01',
  '839': '2024-01-15',
  '801': '2024-03-15',
};

const TIMELINES: Record<string, (ctx: SeedContext) => DemoEvent[]> = {
  '351': (ctx) => [
    ...buryTimeline(ctx),
    ...illustrativeScorecardTimeline(ctx),
    ...buryCapitalTimeline(ctx),
  ],
  '865': (ctx) => [
    ...wiltshireTimeline(ctx),
    ...illustrativeScorecardTimeline(ctx),
    ...wiltshireCapitalTimeline(ctx),
  ],
  '839': (ctx) => [...bcpTimeline(ctx), ...bcpScorecardTimeline(ctx), ...bcpCapitalTimeline(ctx)],
  '801': bristolTimeline,
};

/**
 * The demo: four councils from public council reports (councils.json), with their
 * agreements, tranche decisions, DfE assessments, returns and scorecards, as at DEMO_AS_AT.
 * Loaded once, into a database with no councils. Every write goes through the API's own
 * use cases (see seed-writes.ts), so each leaves its audit item; real figures
 * come from councils.json, and everything else is labelled illustrative where it is shown.
 * Deterministic: the same data every time (only the audit items' ids differ).
 */
export async function seedDemo(
  store: Store,
  logger: Logger,
  options: {
    /**
     * Waits until the alert worker has handled every change written so far (the local
     * runner drains its stream poller), before people's email choices are saved.
     */
    settle?: () => Promise<void>;
    /**
     * The scheduled checks on the runner's own clock, and that clock: given, they run once
     * the story is told, and the overdue alerts they raise for periods after the demo's
     * reports end are acknowledged as such (acknowledge-later-returns.ts).
     */
    checks?: { run: () => Promise<unknown>; now: () => Date };
  } = {},
): Promise<void> {
  const existing = await listCouncils(store, { limit: 1 });
  if (existing.items.length > 0) return;
  const started = Date.now();
  const laCodes = DEMO_COUNCILS.map((c) => c.laCode);

  // The tenants first (DfE admin sets a council up before its agreement).
  for (const council of DEMO_COUNCILS) {
    const ctx = { store, logger, laCode: council.laCode };
    await seedCouncil(
      ctx,
      {
        laCode: council.laCode,
        name: council.name,
        region: council.region,
        statisticalNeighbours: laCodes.filter((code) => code !== council.laCode),
      },
      at(SET_UP_ON[council.laCode] ?? '2024-01-01', '09:00'),
    );
  }
  // Each council's story in time order; the councils are independent, so side by side.
  await Promise.all(
    DEMO_COUNCILS.map((council) => {
      const timeline = TIMELINES[council.laCode];
      return timeline
        ? runTimeline(timeline({ store, logger, laCode: council.laCode }))
        : Promise.resolve();
    }),
  );
  // What follows Safety Valve: reform plans and stability grants, told as at 2026.
  await seedReform(store, logger, DEMO_COUNCILS);
  // People's email choices come last, once the worker has caught up with the story, so
  // the seed's own past reviews are not emailed as news; they are dated the day each
  // council was set up, when its people were given access.
  await options.settle?.();
  if (options.checks) {
    await options.checks.run();
    await acknowledgeReturnsAfterReports(
      { store, logger },
      laCodes,
      DEMO_AS_AT,
      options.checks.now(),
    );
  }
  for (const council of DEMO_COUNCILS) {
    await seedNotificationSettings(
      { store, logger },
      council,
      at(SET_UP_ON[council.laCode] ?? '2024-01-01', '09:30'),
    );
  }
  logger.info('demo data loaded', {
    councils: DEMO_COUNCILS.length,
    ms: Date.now() - started,
  });
}
