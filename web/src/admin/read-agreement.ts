import { checkAgreement, type FieldError, isFinancialYear } from '../../../shared/domain';
import type { Agreement, AgreementInputBody } from '../../../shared/schemas/agreement';
import { bodyFromForm, type AgreementForm, type SentRows } from './agreement-form';
import { agreementProblems } from './agreement-problems';

/**
 * Everything the form can tell before anything is sent: what it cannot read, a term to
 * lay the trajectory out on, the reason a variation needs, and then the agreement's own
 * rules (years in the term, ids, tranches adding up), as the API would refuse them.
 */
export function readAgreementForm(
  form: AgreementForm,
  previous: Agreement | null,
): { body: AgreementInputBody; errors: FieldError[]; sent: SentRows } {
  const { body, errors, sent } = bodyFromForm(form);
  const term: FieldError[] = [];
  if (!isFinancialYear(form.firstYear.trim()))
    term.push({ path: 'firstYear', message: 'Enter the first year of the term, like 2020-21' });
  if (!isFinancialYear(form.lastYear.trim()))
    term.push({ path: 'lastYear', message: 'Enter the last year of the term, like 2024-25' });
  else if (term.length === 0 && form.lastYear.trim() < form.firstYear.trim())
    term.push({ path: 'lastYear', message: 'The last year must not be before the first year' });
  const reason =
    previous && !form.reason.trim()
      ? [{ path: 'reason', message: 'Enter the reason for the variation' }]
      : [];
  const all = [...term, ...errors, ...reason];
  if (all.length > 0) return { body, errors: all, sent };
  const rules = agreementProblems(checkAgreement(body), sent);
  return { body, errors: rules, sent };
}
