import { useEffect, useState } from 'preact/hooks';
import { finishOrganisationSignIn } from '../../auth/organisation-sign-in';
import { organisationSignOutUrl } from '../../auth/organisation-sign-out';
import { loadSignInConfig, type SignInConfig } from '../../auth/sign-in-config';
import { asSignInProblem, type SignInProblem } from '../../auth/sign-in-problem';
import { usePageTitle } from '../../components/page-title';
import { SignInProblemSummary } from '../../components/SignInProblemSummary';
import { StatusMessage } from '../../components/StatusMessage';
import { navigate } from '../../router';

type Failure = { problem: SignInProblem; config?: SignInConfig };

/**
 * `/auth/callback`: where the organisation's sign-in sends people back to. Finishes
 * signing in and goes on to the page they asked for, or says what went wrong.
 */
export function OrganisationSignInCallback() {
  const [failure, setFailure] = useState<Failure | null>(null);
  usePageTitle('Sign in', { error: failure !== null });

  useEffect(() => {
    let active = true;
    // Read once: the code in the address can be swapped for tokens only once.
    const callback = new URL(window.location.href);
    let config: SignInConfig | undefined;
    loadSignInConfig()
      .then((loaded) => {
        config = loaded;
        return finishOrganisationSignIn(loaded, callback);
      })
      .then(
        ({ returnTo }) => {
          // Replace: going back must not land on a used code.
          if (active) navigate(returnTo, { replace: true });
        },
        (error: unknown) => {
          if (active) setFailure({ problem: asSignInProblem(error), config });
        },
      );
    return () => {
      active = false;
    };
  }, []);

  const signOutUrl = failure?.config
    ? organisationSignOutUrl(failure.config, window.location.origin)
    : undefined;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {failure && <SignInProblemSummary problem={failure.problem} signOutUrl={signOutUrl} />}
        <h1 class="govuk-heading-l">Sign in</h1>
        <StatusMessage visible={failure === null}>{failure ? '' : 'Signing you in…'}</StatusMessage>
      </div>
    </div>
  );
}
