import type { FieldError } from './field-error';
import { periodProblems, type ReportingTerm } from './periods';

/** A return as this check reads it: its period and whether it was ever submitted. */
export interface SubmittedPeriod {
  period: string;
  status: string;
}

/** Submitted at least once: a returned return was submitted before DfE sent it back. */
const SUBMITTED: ReadonlySet<string> = new Set(['submitted', 'accepted', 'returned']);

/**
 * The submitted returns a new version of an agreement would leave outside it (a 409 of
 * `PUT /agreement`): a term that now ends before, or starts after, a submitted period,
 * or a cadence those periods no longer match. Each is named by its period
 * (`returns.2024-25-Q2`). Drafts do not count: they can be deleted or moved.
 */
export function inconsistentReturns(
  next: ReportingTerm,
  returns: readonly SubmittedPeriod[],
): FieldError[] {
  return returns
    .filter((r) => SUBMITTED.has(r.status))
    .flatMap((r) => {
      const problems = periodProblems(r.period, next);
      return problems.length === 0
        ? []
        : [
            {
              path: `returns.${r.period}`,
              message: `the ${r.status} return for ${r.period} ${problems.join(' and ')}`,
            },
          ];
    });
}
