import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { listAssessments } from '../../shared/data/assessments/list-assessments';
import type { ReturnRecord } from '../../shared/data/returns/return-record';
import { listReturns } from '../../shared/data/returns/list-returns';
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
 * Runs the alert rules over a newly submitted return: trajectory and in-year breaches,
 * EHCP growth, each condition, the year's early warning, and the period's overdue alert
 * (now resolved by the submission).
 */
export async function onReturnSubmitted(change: Change, deps: AlertingDeps): Promise<void> {
  if (!isSubmission(change)) return;
  const submitted = change.after as unknown as ReturnRecord;
  const { laCode, period } = submitted;
  const [agreement, assessments, returns] = await Promise.all([
    getAgreement(deps.store, laCode),
    listAssessments(deps.store, laCode),
    listReturns(deps.store, laCode),
  ]);
  if (!agreement) return;

  const financialYear = periodFinancialYear(period);
  const yearForecasts = returns
    .filter((r) => r.submittedAt && r.financialYear === financialYear)
    .map((r) => (r.period === period ? submitted : r))
    .flatMap((r) => {
      const forecast = r.content.finance?.forecastCumulativeDeficit;
      return forecast === undefined
        ? []
        : [{ period: r.period, forecastCumulativeDeficit: forecast }];
    });
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
