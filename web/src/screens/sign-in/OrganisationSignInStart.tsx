import { useEffect, useState } from 'preact/hooks';
import { organisationSignInUrl } from '../../auth/organisation-sign-in';
import { loadSignInConfig } from '../../auth/sign-in-config';
import { asSignInProblem, type SignInProblem } from '../../auth/sign-in-problem';
import { usePageTitle } from '../../components/page-title';
import { SignInProblemSummary } from '../../components/SignInProblemSummary';
import { StatusMessage } from '../../components/StatusMessage';
import { returnToPath } from '../../sign-in-path';

/** `/auth/sign-in`: sends the browser to the organisation's sign-in. */
export function OrganisationSignInStart() {
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  usePageTitle('Sign in', { error: problem !== null });

  useEffect(() => {
    let active = true;
    const returnTo = returnToPath(window.location.search);
    loadSignInConfig()
      .then((config) => organisationSignInUrl(config, returnTo))
      .then(
        (url) => {
          // Replace: going back from the organisation's sign-in skips this passing page.
          if (active) window.location.replace(url.href);
        },
        (error: unknown) => {
          if (active) setProblem(asSignInProblem(error, returnTo));
        },
      );
    return () => {
      active = false;
    };
  }, []);

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {problem && <SignInProblemSummary problem={problem} />}
        <h1 class="govuk-heading-l">Sign in</h1>
        <StatusMessage visible={problem === null}>
          {problem ? '' : 'Taking you to your organisation’s sign-in…'}
        </StatusMessage>
      </div>
    </div>
  );
}
