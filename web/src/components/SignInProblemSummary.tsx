import type { SignInProblem } from '../auth/sign-in-problem';
import { organisationSignInPath } from '../sign-in-path';
import { ErrorSummary } from './ErrorSummary';

/**
 * Why signing in with the organisation's account did not work, and a way to try again.
 * `signOutUrl`: for an account without access, sign out of the organisation's sign-in
 * instead, so someone else can sign in.
 */
export function SignInProblemSummary(props: { problem: SignInProblem; signOutUrl?: string }) {
  const { problem, signOutUrl } = props;
  const noAccess = problem.kind === 'no-access' && signOutUrl !== undefined;
  return (
    <ErrorSummary key={problem.kind} description={problem.message}>
      <p class="govuk-body">
        {/* Plain links: both leave this page for the organisation's sign-in. */}
        {noAccess ? (
          <a class="govuk-link" href={signOutUrl}>
            Sign in with a different account
          </a>
        ) : (
          <a class="govuk-link" href={organisationSignInPath(problem.returnTo)}>
            Try signing in again
          </a>
        )}
      </p>
    </ErrorSummary>
  );
}
