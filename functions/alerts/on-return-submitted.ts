import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { listAssessments } from '../../shared/data/assessments/list-assessments';
import { factKeys, keepRead, readOnce } from '../../shared/data/batch-reads';
import { getAgreements } from '../../shared/data/agreements/get-agreements';
import { getCouncils } from '../../shared/data/councils/get-councils';
import type { ReturnRecord } from '../../shared/data/returns/return-record';
import { listYearForecasts } from '../../shared/data/returns/list-year-forecasts';
import {
  evaluateReturnOverdue,
  evaluateSubmittedReturn,
  latestAssessmentByCondition,
  periodFinancialYear,
} from '../../shared/domain';
import { applyOutcomes, type AlertingDeps } from '../../shared/alerts/apply-outcomes';
import type { Change } from './change';

/** A change to a return is a submission when it moves the return into `submitted`. */
export function isSubmission(change: Change): boolean {
  return change.after?.status === 'submitted' && change.before?.status !== 'submitted';
}

/**
 * The agreements of every council with a submission in the batch, and their names when
 * emails are sent (their alerts' emails name them), in one BatchGetItem each per 100
 * councils instead of a read per council.
 */
export async function readAheadForSubmissions(
  changes: readonly Change[],
  deps: AlertingDeps,
): Promise<void> {
  const reads = deps.reads;
  if (!reads) return;
  const laCodes = [
    ...new Set(changes.filter(isSubmission).map((c) => String(c.after?.laCode))),
  ].filter((laCode) => !reads.has(factKeys.agreement(laCode)));
  if (laCodes.length === 0) return;
  const [agreements, councils] = await Promise.all([
    getAgreements(deps.store, laCodes),
    deps.emails ? getCouncils(deps.store, laCodes) : undefined,
  ]);
  for (const laCode of laCodes) {
    keepRead(reads, factKeys.agreement(laCode), agreements.get(laCode));
    if (councils) keepRead(reads, factKeys.council(laCode), councils.get(laCode));
  }
}

/**
 * Runs the alert rules over a newly submitted return: trajectory and in-year breaches,
 * EHCP growth, each condition, the year's early warning, and the period's overdue alert
 * (now resolved by the submission). The return itself comes from the stream's image;
 * the agreement, the assessments and the year's other forecasts are read in one wave.
 */
export async function onReturnSubmitted(change: Change, deps: AlertingDeps): Promise<void> {
  if (!isSubmission(change)) return;
  const submitted = change.after as unknown as ReturnRecord;
  const { laCode, period } = submitted;
  const financialYear = periodFinancialYear(period);
  const [agreement, assessments, year] = await Promise.all([
    readOnce(deps.reads, factKeys.agreement(laCode), () => getAgreement(deps.store, laCode)),
    readOnce(deps.reads, `assessments ${laCode}`, () => listAssessments(deps.store, laCode)),
    readOnce(deps.reads, `forecasts ${laCode} ${financialYear}`, () =>
      listYearForecasts(deps.store, laCode, financialYear),
    ),
  ]);
  if (!agreement) return;

  const yearForecasts = year
    .filter((r) => r.submittedAt && r.period !== period)
    .map((r) => ({ period: r.period, forecast: r.forecastCumulativeDeficit }))
    .concat([{ period, forecast: submitted.content.finance?.forecastCumulativeDeficit }])
    .flatMap(({ period: p, forecast }) =>
      forecast === undefined ? [] : [{ period: p, forecastCumulativeDeficit: forecast }],
    );
  const latest = Object.fromEntries(
    [...latestAssessmentByCondition(assessments)].map(([id, a]) => [
      id,
      { status: a.status, period: a.period },
    ]),
  );

  const outcomes = evaluateSubmittedReturn({
    ret: { period, content: submitted.content },
    agreement,
    latestAssessments: latest,
    yearForecasts,
  });
  outcomes.push(
    evaluateReturnOverdue({
      period,
      returnDueDays: agreement.returnDueDays,
      today: deps.now().toISOString(),
      submitted: true,
    }),
  );
  await applyOutcomes(deps, laCode, outcomes);
}
