import { useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import { problemsOf, fieldId } from '../../capital/form-fields';
import { ErrorSummary } from '../../components/ErrorSummary';

/** How a form names its fields' problems and finds their controls; the capital forms' by default. */
export interface ProblemWording {
  /** The id of the control a problem's path is about. */
  controlOf: (path: string) => string;
  /** The API's problems as the form words them. */
  fromApi: (errors: FieldError[] | undefined) => FieldError[];
}

const CAPITAL: ProblemWording = { controlOf: fieldId, fromApi: problemsOf };

/**
 * A form's problems: the error summary at the top (linking to each field) and each
 * field's own message; the API's refusals become the same.
 */
export function useFormProblems(wording: ProblemWording = CAPITAL) {
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [detail, setDetail] = useState<string | undefined>();
  // Each attempt remounts the summary, so screen readers announce it again.
  const [attempt, setAttempt] = useState(0);
  const show = (errors: FieldError[], description?: string) => {
    setAttempt((n) => n + 1);
    setProblems(errors);
    setDetail(description);
    if (typeof window !== 'undefined') window.scrollTo(0, 0);
  };
  const fromApi = (error: unknown) => {
    const problem = asProblem(error);
    const errors = wording.fromApi(problem.errors);
    show(errors, errors.length > 0 ? undefined : problem.detail);
  };
  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  const summary =
    problems.length > 0 || detail ? (
      <ErrorSummary
        key={attempt}
        {...(detail ? { description: detail } : {})}
        errors={problems.map((p) => ({ ...p, href: `#${wording.controlOf(p.path)}` }))}
      />
    ) : null;
  return {
    summary,
    show,
    fromApi,
    error: (path: string) => byPath[path],
    /** Every problem shown, for forms whose controls each take several paths. */
    list: problems,
    failed: problems.length > 0 || detail !== undefined,
  };
}
