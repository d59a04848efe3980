import type { FieldError } from '../../../../shared/domain';
import type { Condition, Mitigation } from '../../../../shared/schemas/agreement';
import type { ReturnDraft, SignOff } from '../../../../shared/schemas/return-content';
import { fieldMessage } from '../../returns/messages';
import { describeReturnProblem } from '../../returns/problems';
import { paths } from '../../routes/paths';

export interface SubmitProblem {
  path: string;
  message: string;
  href?: string | undefined;
}

const SIGN_OFF_LABELS: Record<string, string> = {
  'signOff.name': 'The name of the officer signing off',
  'signOff.role': 'The role of the officer signing off',
};

/** The sign-off's own problems: both fields are needed. */
export function checkSignOff(signOff: SignOff): FieldError[] {
  const errors: FieldError[] = [];
  if (!signOff.name.trim()) {
    errors.push({ path: 'signOff.name', message: 'Enter the name of the officer signing off' });
  }
  if (!signOff.role.trim()) {
    errors.push({ path: 'signOff.role', message: 'Enter the role of the officer signing off' });
  }
  return errors;
}

/**
 * Problems with a submission, in words and linked: to the sign-off fields on this
 * page, or to the field in its section's page (`…/finance#finance-x`).
 */
export function describeSubmitProblems(
  problems: readonly FieldError[],
  context: {
    laCode: string;
    period: string;
    conditions: readonly Condition[];
    mitigations?: readonly Mitigation[] | undefined;
    content: ReturnDraft;
  },
): SubmitProblem[] {
  return problems.map((problem) => {
    const signOffLabel = SIGN_OFF_LABELS[problem.path];
    if (signOffLabel) {
      return {
        path: problem.path,
        message: /^[A-Z]/.test(problem.message)
          ? problem.message
          : fieldMessage(signOffLabel, problem.message),
        href: `#${problem.path.replace('.', '-')}`,
      };
    }
    const shown = describeReturnProblem(problem, context);
    return {
      path: problem.path,
      message: shown.message,
      href: shown.section
        ? paths.returnSection(context.laCode, context.period, shown.section, shown.fieldId)
        : undefined,
    };
  });
}
