import type { ConditionStatus } from '../return-content';
import { describePeriod, periodFinancialYear } from '../periods';
import { breach, type ReturnFigures, type RuleOutcome } from './outcome';

/** Statuses in order of concern; `measured` is the rank of the worse of the two views. */
export const CONDITION_STATUS_RANK: Record<ConditionStatus, number> = {
  met: 0,
  'on-track': 1,
  'at-risk': 2,
  'not-met': 3,
};
/** Anything worse than on track raises the alert. */
const THRESHOLD = CONDITION_STATUS_RANK['on-track'];

const WORDS: Record<ConditionStatus, string> = {
  met: 'met',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'not-met': 'not met',
};

export interface ConditionView {
  /** The period under review: the return's, or the assessment's. */
  period: string;
  conditionId: string;
  title?: string;
  /** The council's status in its latest submitted return. */
  reported?: ConditionStatus;
  /** DfE's latest assessment. */
  assessed?: { status: ConditionStatus; period: string };
}

/**
 * `condition-not-met`, one alert per condition (the subject): reported `not-met` → red,
 * reported `at-risk` → amber, assessed `not-met` by DfE → red; the worse wins. A DfE
 * assessment of `at-risk` alone raises nothing (docs/domain.md, Alerts).
 */
export function evaluateCondition(view: ConditionView): RuleOutcome {
  const financialYear = periodFinancialYear(view.period);
  const key = { rule: 'condition-not-met', financialYear, subject: view.conditionId } as const;
  if (view.reported === undefined && view.assessed === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: view.period,
      reason: `Condition ${view.conditionId} has no status yet.`,
    };
  }
  const name = view.title ? `"${view.title}"` : view.conditionId;
  const reasons: string[] = [];
  let severity: 'amber' | 'red' | undefined;
  if (view.reported === 'not-met' || view.reported === 'at-risk') {
    severity = view.reported === 'not-met' ? 'red' : 'amber';
    reasons.push(
      `the council reports it ${WORDS[view.reported]} in ${describePeriod(view.period)}`,
    );
  }
  if (view.assessed?.status === 'not-met') {
    severity = 'red';
    reasons.push(`DfE assessed it not met for ${describePeriod(view.assessed.period)}`);
  }
  const ranks = [view.reported, view.assessed?.status].map((s) =>
    s ? CONDITION_STATUS_RANK[s] : 0,
  );
  if (!severity) {
    return {
      outcome: 'within',
      key,
      period: view.period,
      reason: `Condition ${name} is met or on track.`,
    };
  }
  return breach({
    ...key,
    severity,
    period: view.period,
    message: `Condition ${name}: ${reasons.join(', and ')}.`,
    measured: Math.max(...ranks),
    threshold: THRESHOLD,
  });
}

/** `evaluateCondition` for every condition of the agreement, over a submitted return. */
export function evaluateReturnConditions(
  ret: ReturnFigures,
  conditions: readonly { id: string; title?: string }[],
  latestAssessments: Readonly<
    Record<string, { status: ConditionStatus; period: string } | undefined>
  >,
): RuleOutcome[] {
  const reported = new Map((ret.content.conditions ?? []).map((c) => [c.conditionId, c.status]));
  return conditions.map((condition) =>
    evaluateCondition({
      period: ret.period,
      conditionId: condition.id,
      title: condition.title,
      reported: reported.get(condition.id),
      assessed: latestAssessments[condition.id],
    }),
  );
}
