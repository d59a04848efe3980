import { comparePeriods } from './periods';
import type { Assessment } from './assessment';

/** Orders assessments by period, then by when they were made. */
export function compareAssessments(a: Assessment, b: Assessment): number {
  return comparePeriods(a.period, b.period) || a.assessedAt.localeCompare(b.assessedAt);
}

/** DfE's latest assessment of each condition: the latest period, and within it the latest made. */
export function latestAssessmentByCondition(assessments: Assessment[]): Map<string, Assessment> {
  const latest = new Map<string, Assessment>();
  for (const assessment of assessments) {
    const seen = latest.get(assessment.conditionId);
    if (!seen || compareAssessments(assessment, seen) > 0)
      latest.set(assessment.conditionId, assessment);
  }
  return latest;
}
