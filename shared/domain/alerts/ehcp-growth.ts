import { periodFinancialYear } from '../periods';
import { formatCount } from '../money';
import { breach, planFor, type PlanFigures, type ReturnFigures, type RuleOutcome } from './outcome';
import { DEFAULT_TOLERANCES, ehcpLimit } from './tolerance';

/**
 * `ehcp-growth`: ehcpsTotal > plannedEhcps × (1 + ehcpGrowthPct / 100) → amber; beyond
 * twice the allowed growth, plannedEhcps × (1 + 2 × ehcpGrowthPct / 100) → red (the same
 * "twice the tolerance" step as the deficit rules). Compared exactly: a whole count
 * exceeds x exactly when it exceeds ⌊x⌋. `measured` is ehcpsTotal, `threshold` the most
 * EHCPs within the allowed growth.
 */
export function evaluateEhcpGrowth(ret: ReturnFigures, plan: PlanFigures): RuleOutcome {
  const financialYear = periodFinancialYear(ret.period);
  const key = { rule: 'ehcp-growth', financialYear } as const;
  const planned = planFor(plan.trajectory, financialYear)?.plannedEhcps;
  if (planned === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: `The agreement plans no EHCP numbers for ${financialYear}.`,
    };
  }
  const total = ret.content.demand?.ehcpsTotal;
  if (total === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: 'The return gives no EHCP total.',
    };
  }
  const growthPct = plan.tolerances?.ehcpGrowthPct ?? DEFAULT_TOLERANCES.ehcpGrowthPct;
  const amber = ehcpLimit(planned, growthPct);
  const red = ehcpLimit(planned, growthPct, 2);
  const allowed = `allowed growth ${growthPct}%, up to ${formatCount(amber)}`;
  if (total <= amber) {
    return {
      outcome: 'within',
      key,
      period: ret.period,
      reason: `${formatCount(total)} EHCPs maintained is within the ${formatCount(planned)} planned for ${financialYear} (${allowed}).`,
    };
  }
  // Display only: the comparison above is exact.
  const over = planned > 0 ? ` (${(((total - planned) / planned) * 100).toFixed(1)}% more)` : '';
  return breach({
    ...key,
    severity: total > red ? 'red' : 'amber',
    period: ret.period,
    message: `${formatCount(total)} EHCPs maintained is ${formatCount(total - planned)} above the ${formatCount(planned)} planned for ${financialYear}${over}, beyond the ${allowed}.`,
    measured: total,
    threshold: amber,
  });
}
