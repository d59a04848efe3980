import {
  compareAssessments,
  comparePeriods,
  isReported,
  latestAssessmentByCondition,
} from '../../../shared/domain';
import type { ReturnRecord } from '../../../shared/data/returns/return-record';
import type { Agreement } from '../../../shared/schemas/agreement';
import type { Assessment } from '../../../shared/schemas/assessment';
import type { ConditionView, CouncilConditionStatus } from '../../../shared/schemas/condition-view';

/**
 * The conditions-met picture: each condition of the agreement with the status the
 * council reported in each submitted (or accepted) return and DfE's assessments, by
 * period, and the latest of each.
 */
export function conditionViews(
  agreement: Agreement,
  returns: ReturnRecord[],
  assessments: Assessment[],
): ConditionView[] {
  const reported = returns
    .filter((r) => isReported(r.status))
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latestAssessments = latestAssessmentByCondition(assessments);

  return agreement.conditions.map((condition) => {
    const statuses: CouncilConditionStatus[] = reported.flatMap((r) => {
      const entry = r.content.conditions?.find((c) => c.conditionId === condition.id);
      if (!entry?.status) return [];
      return [
        {
          period: r.period,
          status: entry.status,
          ...(entry.statement ? { statement: entry.statement } : {}),
          ...(entry.evidence ? { evidence: entry.evidence } : {}),
        },
      ];
    });
    const own = assessments.filter((a) => a.conditionId === condition.id).sort(compareAssessments);
    const periods = [
      ...new Set([...statuses.map((s) => s.period), ...own.map((a) => a.period)]),
    ].sort(comparePeriods);
    const latestCouncilStatus = statuses.at(-1);
    const latestAssessment = latestAssessments.get(condition.id);
    return {
      ...condition,
      ...(latestCouncilStatus ? { latestCouncilStatus } : {}),
      ...(latestAssessment ? { latestAssessment } : {}),
      history: periods.map((period) => {
        const councilStatus = statuses.find((s) => s.period === period);
        return {
          period,
          ...(councilStatus ? { councilStatus } : {}),
          assessments: own.filter((a) => a.period === period),
        };
      }),
    };
  });
}
