import type { TrajectoryYear } from '../agreement';
import type { AlertFinding, AlertRule } from '../alert';
import type { ReturnDraft } from '../return-content';
import type { ToleranceSettings } from './tolerance';

/** What identifies an alert: at most one is open per council, rule, subject and year. */
export interface AlertKey {
  rule: AlertRule;
  financialYear: string;
  subject?: string;
}

/**
 * The result of one rule:
 * - `breach`: raise the alert, or update the open one with these figures and severity;
 * - `within`: within tolerance, so resolve any open alert with this key;
 * - `not-applicable`: the rule cannot be judged (no plan for the year, say), so leave
 *   any open alert as it is.
 */
export type RuleOutcome =
  | { outcome: 'breach'; key: AlertKey; period: string; finding: AlertFinding }
  | { outcome: 'within'; key: AlertKey; period?: string; reason: string }
  | { outcome: 'not-applicable'; key: AlertKey; period?: string; reason: string };

/** A submitted return as the rules read it. */
export interface ReturnFigures {
  period: string;
  content: ReturnDraft;
}

/** The parts of an agreement the return rules read. */
export interface PlanFigures {
  trajectory: readonly TrajectoryYear[];
  tolerances?: ToleranceSettings;
}

/** A breach, with its key and period lifted out so every outcome has them in one place. */
export function breach(finding: AlertFinding): RuleOutcome {
  const { rule, financialYear, subject, period } = finding;
  const key = subject === undefined ? { rule, financialYear } : { rule, financialYear, subject };
  return { outcome: 'breach', key, period, finding };
}

export function planFor(
  trajectory: readonly TrajectoryYear[],
  financialYear: string,
): TrajectoryYear | undefined {
  return trajectory.find((year) => year.financialYear === financialYear);
}
