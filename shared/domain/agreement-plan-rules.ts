import type { FieldError } from './field-error';
import { compareFinancialYears, isWithinTerm } from './financial-year';
import { formatCount } from './money';

/** A mitigation as the rules read it: one of the plan's actions and its planned savings. */
export interface MitigationTerms {
  id: string;
  plannedSavings: readonly { financialYear: string; amount: number }[];
}

/** The baseline as the rules read it: EHCPs at a date and where they were placed. */
export interface BaselineTerms {
  ehcpsTotal: number;
  placements?: Readonly<Record<string, number | undefined>>;
}

export interface PlanTerms {
  firstYear: string;
  lastYear: string;
  mitigations?: readonly MitigationTerms[] | undefined;
  baseline?: BaselineTerms | undefined;
}

/**
 * The rules of an agreement's mitigations and baseline (each a 422 of `PUT /agreement`):
 * mitigation ids are unique; a mitigation's planned savings lie in the term (savings are
 * made by the plan's actions, so unlike the trajectory there is no baseline year) and
 * give each year once; the baseline's placements add up to no more than its EHCPs.
 */
export function checkPlan(plan: PlanTerms): FieldError[] {
  const errors: FieldError[] = [];
  const termRuns = compareFinancialYears(plan.lastYear, plan.firstYear) >= 0;
  const seenIds = new Set<string>();
  (plan.mitigations ?? []).forEach((mitigation, i) => {
    if (seenIds.has(mitigation.id)) {
      errors.push({ path: `mitigations[${i}].id`, message: `repeats the id ${mitigation.id}` });
    }
    seenIds.add(mitigation.id);
    const seenYears = new Set<string>();
    mitigation.plannedSavings.forEach((saving, j) => {
      const path = `mitigations[${i}].plannedSavings[${j}].financialYear`;
      if (termRuns && !isWithinTerm(saving.financialYear, plan.firstYear, plan.lastYear)) {
        errors.push({
          path,
          message: `${saving.financialYear} is outside the term ${plan.firstYear} to ${plan.lastYear}`,
        });
      }
      if (seenYears.has(saving.financialYear)) {
        errors.push({ path, message: `repeats the year ${saving.financialYear}` });
      }
      seenYears.add(saving.financialYear);
    });
  });

  const baseline = plan.baseline;
  if (baseline?.placements) {
    const placed = Object.values(baseline.placements).reduce<number>((s, n) => s + (n ?? 0), 0);
    if (placed > baseline.ehcpsTotal) {
      errors.push({
        path: 'baseline.placements',
        message: `add up to ${formatCount(placed)}, more than the baseline's ${formatCount(baseline.ehcpsTotal)} EHCPs (baseline.ehcpsTotal)`,
      });
    }
  }
  return errors;
}

/** The savings every mitigation plans for a year, or undefined when none plans any. */
export function plannedSavingsIn(
  mitigations: readonly MitigationTerms[],
  financialYear: string,
): number | undefined {
  const amounts = mitigations.flatMap((x) =>
    x.plannedSavings.filter((s) => s.financialYear === financialYear).map((s) => s.amount),
  );
  return amounts.length === 0 ? undefined : amounts.reduce((sum, a) => sum + a, 0);
}
