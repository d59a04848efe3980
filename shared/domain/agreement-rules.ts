import type { AgreementInput, TrancheStatus } from './agreement';
import { checkPlan } from './agreement-plan-rules';
import type { FieldError } from './field-error';
import {
  compareFinancialYears,
  financialYearStartYear,
  isWithinTerm,
  previousFinancialYear,
} from './financial-year';
import { formatPounds } from './money';

/** The agreement as the rules read it (a parsed body or a stored version). */
export type AgreementTerms = Pick<
  AgreementInput,
  | 'status'
  | 'firstYear'
  | 'lastYear'
  | 'dfeContributionTotal'
  | 'trajectory'
  | 'conditions'
  | 'tranches'
  | 'mitigations'
  | 'baseline'
>;

/** Reports each repeat of a key after its first appearance. */
function repeats<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: (index: number) => string,
  what: string,
): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) errors.push({ path: path(index), message: `repeats ${what} ${value}` });
    seen.add(value);
  });
  return errors;
}

/**
 * The rules of an agreement that a schema cannot express (each a 422 of
 * `PUT /agreement`): the term runs forwards; trajectory, tranche and target years lie in
 * the term and do not repeat; condition and tranche ids are unique; tranches name only
 * the agreement's conditions; tranche amounts add up to the DfE contribution; and the
 * mitigations' and baseline's rules (`checkPlan`).
 *
 * The trajectory may also hold ONE baseline year, the year just before `firstYear`:
 * agreements state the cumulative deficit the plan starts from (Bury's term is
 * 2020-21..2024-25 and its trajectory starts at 2019-20). Tranches and measure targets
 * have no baseline: they must lie in the term.
 */
export function checkAgreement(agreement: AgreementTerms): FieldError[] {
  const errors: FieldError[] = [];
  const { firstYear, lastYear } = agreement;
  const termRuns = compareFinancialYears(lastYear, firstYear) >= 0;
  if (!termRuns) {
    errors.push({ path: 'lastYear', message: `must not be before the first year, ${firstYear}` });
  }
  const term = `the term ${firstYear} to ${lastYear}`;
  const inTerm = (year: string) => termRuns && isWithinTerm(year, firstYear, lastYear);
  const baseline =
    financialYearStartYear(firstYear) > 1000 ? previousFinancialYear(firstYear) : undefined;

  // Year checks only make sense over a term that runs forwards.
  if (termRuns) {
    agreement.trajectory.forEach((year, i) => {
      if (!inTerm(year.financialYear) && year.financialYear !== baseline) {
        errors.push({
          path: `trajectory[${i}].financialYear`,
          message: `${year.financialYear} is outside ${term} (a baseline year may be ${baseline ?? 'the year before'})`,
        });
      }
    });
    agreement.tranches.forEach((tranche, i) => {
      if (!inTerm(tranche.financialYear)) {
        errors.push({
          path: `tranches[${i}].financialYear`,
          message: `${tranche.financialYear} is outside ${term}`,
        });
      }
    });
    agreement.conditions.forEach((condition, i) => {
      condition.measure?.targets.forEach((target, j) => {
        if (!inTerm(target.financialYear)) {
          errors.push({
            path: `conditions[${i}].measure.targets[${j}].financialYear`,
            message: `${target.financialYear} is outside ${term}`,
          });
        }
      });
    });
  }

  errors.push(
    ...repeats(
      agreement.trajectory,
      (y) => y.financialYear,
      (i) => `trajectory[${i}].financialYear`,
      'the year',
    ),
    ...repeats(
      agreement.tranches,
      (t) => t.financialYear,
      (i) => `tranches[${i}].financialYear`,
      'the year',
    ),
    ...repeats(
      agreement.conditions,
      (c) => c.id,
      (i) => `conditions[${i}].id`,
      'the id',
    ),
    ...repeats(
      agreement.tranches,
      (t) => t.id,
      (i) => `tranches[${i}].id`,
      'the id',
    ),
  );
  agreement.conditions.forEach((condition, i) => {
    if (!condition.measure) return;
    errors.push(
      ...repeats(
        condition.measure.targets,
        (t) => t.financialYear,
        (j) => `conditions[${i}].measure.targets[${j}].financialYear`,
        'the year',
      ),
    );
  });

  const conditionIds = new Set(agreement.conditions.map((c) => c.id));
  agreement.tranches.forEach((tranche, i) => {
    tranche.conditionIds.forEach((id, j) => {
      if (!conditionIds.has(id)) {
        errors.push({
          path: `tranches[${i}].conditionIds[${j}]`,
          message: `names ${id}, which is not a condition of this agreement`,
        });
      }
    });
    errors.push(
      ...repeats(
        tranche.conditionIds,
        (id) => id,
        (j) => `tranches[${i}].conditionIds[${j}]`,
        'the condition',
      ),
    );
  });

  const total = agreement.tranches.reduce((sum, t) => sum + t.amount, 0);
  if (total !== agreement.dfeContributionTotal) {
    errors.push({
      path: 'tranches',
      message: `tranche amounts add up to ${formatPounds(total)}, not the DfE contribution of ${formatPounds(agreement.dfeContributionTotal)}`,
    });
  }
  errors.push(...checkPlan(agreement));
  return errors;
}

/** A released tranche that a variation tried to change or remove (a 409). */
export interface LockedTranche {
  id: string;
  message: string;
}

export interface VariationCheck {
  /** Rules of variation broken by the new version (a 422). */
  errors: FieldError[];
  /** Released tranches the new version changes or drops (a 409). */
  locked: LockedTranche[];
}

/** Statuses of a signed agreement, whose variations are held to the variation rules. */
const SIGNED: ReadonlySet<string> = new Set(['active', 'under-review', 'completed']);

function sameTranche(
  a: AgreementTerms['tranches'][number],
  b: AgreementTerms['tranches'][number],
): boolean {
  const ids = (t: typeof a) => [...t.conditionIds].sort().join(',');
  return (
    a.financialYear === b.financialYear &&
    a.amount === b.amount &&
    a.dueOn === b.dueOn &&
    ids(a) === ids(b)
  );
}

/**
 * What a variation (a new version of an agreement) may change. Whatever the status, a
 * tranche already released is history: it may not be changed or removed. Once the
 * previous version was signed (active, under review or completed), a variation may
 * re-profile tranches, extend the term and change the status, but it may not change the
 * DfE contribution total, move the first year, or end the term earlier. A `proposed` or
 * `rejected` version was never signed, so its next version is free apart from released
 * tranches. `trancheStatuses` maps tranche ids to their status; missing means scheduled.
 * Run `checkAgreement` on `next` as well.
 */
export function checkVariation(
  previous: AgreementTerms,
  next: AgreementTerms,
  trancheStatuses: Readonly<Record<string, TrancheStatus | undefined>>,
): VariationCheck {
  const errors: FieldError[] = [];
  if (SIGNED.has(previous.status)) {
    if (next.dfeContributionTotal !== previous.dfeContributionTotal) {
      errors.push({
        path: 'dfeContributionTotal',
        message: `a variation may re-profile payments but not change the DfE contribution of ${formatPounds(previous.dfeContributionTotal)}`,
      });
    }
    if (next.firstYear !== previous.firstYear) {
      errors.push({
        path: 'firstYear',
        message: `a variation may not move the start of the term from ${previous.firstYear}`,
      });
    }
    if (compareFinancialYears(next.lastYear, previous.lastYear) < 0) {
      errors.push({
        path: 'lastYear',
        message: `a variation may extend the term but not end it before ${previous.lastYear}`,
      });
    }
  }

  const nextById = new Map(next.tranches.map((t) => [t.id, t]));
  const locked: LockedTranche[] = [];
  for (const tranche of previous.tranches) {
    if (trancheStatuses[tranche.id] !== 'released') continue;
    const after = nextById.get(tranche.id);
    if (!after) {
      locked.push({
        id: tranche.id,
        message: `tranche ${tranche.id} has been released and cannot be removed`,
      });
    } else if (!sameTranche(tranche, after)) {
      locked.push({
        id: tranche.id,
        message: `tranche ${tranche.id} has been released and cannot be changed`,
      });
    }
  }
  return { errors, locked };
}
