import { Button } from 'govuk-frontend';
import { useEffect, useRef, useState } from 'preact/hooks';
import { asProblem, ProblemError } from '../api/client';
import { listPersonas, requestDevToken, type Persona } from '../api/dev';
import { ErrorSummary } from '../components/ErrorSummary';
import { NotificationBanner } from '../components/NotificationBanner';
import { PersonaList } from '../components/PersonaList';
import { SERVICE_NAME, usePageTitle } from '../components/page-title';
import { StatusMessage } from '../components/StatusMessage';
import { useGovukFrontend } from '../components/use-govuk-frontend';
import { navigate } from '../router';
import { organisationSignInPath, returnToPath } from '../sign-in-path';
import { startSession, takeSignOutReason, type SignOutReason } from '../session';

type PersonasState =
  | { status: 'loading' }
  | { status: 'local'; personas: Persona[] }
  | { status: 'organisation' }
  | { status: 'failed'; problem: ProblemError };

/**
 * Sign in. Run locally, the service offers its demo users; in the cloud, people
 * sign in with their organisation's account.
 */
export function SignIn() {
  const [personas, setPersonas] = useState<PersonasState>({ status: 'loading' });
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [signedOut] = useState<SignOutReason | undefined>(takeSignOutReason);
  usePageTitle('Sign in', { error: problem !== null || personas.status === 'failed' });

  useEffect(() => {
    const controller = new AbortController();
    listPersonas(controller.signal).then(
      (items) => setPersonas({ status: 'local', personas: items }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ProblemError && error.status === 404) {
          setPersonas({ status: 'organisation' });
        } else {
          setPersonas({ status: 'failed', problem: asProblem(error) });
        }
      },
    );
    return () => controller.abort();
  }, []);

  async function signInAs(persona: Persona) {
    setSigningIn(persona.sub);
    setProblem(null);
    try {
      startSession(await requestDevToken(persona));
      navigate(returnToPath(window.location.search));
    } catch (error) {
      setProblem(asProblem(error));
      setSigningIn(null);
    }
  }

  const failure = problem ?? (personas.status === 'failed' ? personas.problem : null);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {failure && <ErrorSummary key={failure.detail} description={failure.detail} />}
        {signedOut === 'signed-out' && !failure && (
          <NotificationBanner type="success" heading="You have signed out." />
        )}
        {signedOut === 'expired' && !failure && (
          <NotificationBanner heading="Your session has ended.">
            <p class="govuk-body">Sign in again to carry on.</p>
          </NotificationBanner>
        )}
        <h1 class="govuk-heading-l">Sign in</h1>
        <StatusMessage visible={personas.status === 'loading'}>
          {personas.status === 'loading' ? 'Loading the ways to sign in…' : ''}
          {signingIn ? 'Signing in…' : ''}
        </StatusMessage>
        {personas.status === 'organisation' && <OrganisationSignIn />}
        {personas.status === 'local' && (
          <>
            <p class="govuk-body">
              This copy of {SERVICE_NAME} is running on your computer with demo data. Choose who to
              sign in as: what you can see and do depends on their organisation and role.
            </p>
            <PersonaList
              personas={personas.personas}
              signingIn={signingIn}
              onSignIn={(persona) => void signInAs(persona)}
            />
          </>
        )}
      </div>
    </div>
  );
}

function OrganisationSignIn() {
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukFrontend(ref, Button);
  return (
    <>
      <p class="govuk-body">
        You sign in to {SERVICE_NAME} with your organisation’s account: your council’s or the
        Department for Education’s.
      </p>
      {/* A plain link: the next stop is the organisation's sign-in, a page load anyway. */}
      <a
        ref={ref}
        href={organisationSignInPath(returnToPath(window.location.search))}
        role="button"
        draggable={false}
        class="govuk-button govuk-button--start"
        data-module="govuk-button"
      >
        Sign in
        <svg
          class="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
    </>
  );
}
