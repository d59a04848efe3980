import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { listAssessments } from '../../shared/data/assessments/list-assessments';
import { readOnce } from '../../shared/data/batch-reads';
import { listReturns } from '../../shared/data/returns/list-returns';
import {
  comparePeriods,
  evaluateCondition,
  isReported,
  latestAssessmentByCondition,
} from '../../shared/domain';
import type { Assessment } from '../../shared/schemas/assessment';
import { applyOutcomes, type AlertingDeps } from '../../shared/alerts/apply-outcomes';
import type { Change } from './change';

/**
 * A DfE assessment of a condition: judged together with the council's latest reported
 * status, so an assessment of `not-met` raises the alert and a better one can clear it.
 */
export async function onConditionAssessed(change: Change, deps: AlertingDeps): Promise<void> {
  if (!change.after || change.before) return;
  const { laCode, conditionId } = change.after as unknown as Assessment & { laCode: string };
  const [agreement, assessments, returns] = await Promise.all([
    readOnce(deps.reads, `agreement ${laCode}`, () => getAgreement(deps.store, laCode)),
    readOnce(deps.reads, `assessments ${laCode}`, () => listAssessments(deps.store, laCode)),
    readOnce(deps.reads, `returns ${laCode}`, () => listReturns(deps.store, laCode)),
  ]);
  const condition = agreement?.conditions.find((c) => c.id === conditionId);
  if (!condition) return;
  const latestAssessment = latestAssessmentByCondition(assessments).get(conditionId);
  const latestReport = returns
    .filter((r) => isReported(r.status))
    .sort((a, b) => comparePeriods(b.period, a.period))
    .map((r) => ({
      period: r.period,
      status: r.content.conditions?.find((c) => c.conditionId === conditionId)?.status,
    }))
    .find((r) => r.status !== undefined);
  if (!latestAssessment) return;
  // The alert belongs to the year of the latest evidence: the report or the assessment.
  const period =
    latestReport && comparePeriods(latestReport.period, latestAssessment.period) > 0
      ? latestReport.period
      : latestAssessment.period;
  const outcome = evaluateCondition({
    period,
    conditionId,
    title: condition.title,
    reported: latestReport?.status,
    assessed: { status: latestAssessment.status, period: latestAssessment.period },
  });
  await applyOutcomes(deps, laCode, [outcome]);
}
