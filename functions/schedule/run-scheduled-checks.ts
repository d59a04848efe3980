import { listCurrentAgreements } from '../../shared/data/agreements/list-current-agreements';
import { listReturns } from '../../shared/data/returns/list-returns';
import {
  returnReminders,
  evaluateEarlyWarning,
  evaluateOverdueReturns,
  financialYearOf,
  type RuleOutcome,
} from '../../shared/domain';
import { tellPeople } from '../../shared/alerts/people';
import type { Agreement } from '../../shared/schemas/agreement';
import { applyOutcomes, type AlertingDeps } from '../../shared/alerts/apply-outcomes';

export interface ScheduledCheckResult {
  councilsChecked: number;
  outcomes: number;
}

/** How many councils are checked at once: enough to be quick, few enough to spare the table. */
const CONCURRENCY = 8;

/**
 * Some councils' checks failed (each logged with its council); every other council was
 * checked. Thrown at the end of the run so that the host retries it (the checks are
 * idempotent, so what already happened is not done twice) and counts an error.
 */
export class ScheduledChecksIncompleteError extends Error {
  constructor(readonly laCodes: readonly string[]) {
    super(`The scheduled checks failed for ${laCodes.length} council(s): ${laCodes.join(', ')}.`);
    this.name = 'ScheduledChecksIncompleteError';
  }
}

/**
 * The checks that run on a schedule rather than on a change: a `return-overdue` alert
 * for every period past its due date without a submitted return, the early warning
 * for the current financial year re-checked, and the emails reminding people of returns
 * due within a week or just overdue. EventBridge invokes it in AWS; the local runner at
 * start-up and every minute. Every check is idempotent: each reminder reaches a person
 * once, however often the checks run. One council's failure (a throttled read, an email
 * claim another worker still holds) stops no other council's checks.
 */
export async function runScheduledChecks(deps: AlertingDeps): Promise<ScheduledCheckResult> {
  const now = deps.now();
  const agreements = await listCurrentAgreements(deps.store);
  let outcomes = 0;
  const failed: string[] = [];
  const queue = [...agreements];
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    for (let agreement = queue.shift(); agreement; agreement = queue.shift()) {
      try {
        outcomes += await checkAndApply(deps, agreement, now);
      } catch (error) {
        failed.push(agreement.laCode);
        deps.logger.error('scheduled checks failed for a council', {
          laCode: agreement.laCode,
          error,
        });
      }
    }
  });
  await Promise.all(workers);
  deps.logger.debug('scheduled checks ran', { councils: agreements.length, outcomes });
  if (failed.length > 0) throw new ScheduledChecksIncompleteError(failed.sort());
  return { councilsChecked: agreements.length, outcomes };
}

/** One council's checks, their alerts applied and its reminders sent: the outcomes found. */
async function checkAndApply(deps: AlertingDeps, agreement: Agreement, now: Date) {
  const found = await checkCouncil(deps, agreement, now);
  await applyOutcomes(deps, agreement.laCode, found.outcomes);
  for (const reminder of found.reminders) {
    await tellPeople(deps, { ...reminder, laCode: agreement.laCode });
  }
  return found.outcomes.length;
}

async function checkCouncil(
  deps: AlertingDeps,
  agreement: Agreement,
  now: Date,
): Promise<{ outcomes: RuleOutcome[]; reminders: ReturnType<typeof returnReminders> }> {
  const returns = await listReturns(deps.store, agreement.laCode);
  const submitted = new Set(returns.filter((r) => r.submittedAt).map((r) => r.period));
  const outcomes = evaluateOverdueReturns(agreement, now.toISOString(), submitted);
  const reminders = deps.emails ? returnReminders(agreement, now.toISOString(), submitted) : [];

  const financialYear = financialYearOf(now.toISOString());
  const forecasts = returns.flatMap((r) => {
    const forecast = r.content.finance?.forecastCumulativeDeficit;
    return r.submittedAt && r.financialYear === financialYear && forecast !== undefined
      ? [{ period: r.period, forecastCumulativeDeficit: forecast }]
      : [];
  });
  if (forecasts.length > 0)
    outcomes.push(evaluateEarlyWarning(financialYear, forecasts, agreement));
  return { outcomes, reminders };
}
