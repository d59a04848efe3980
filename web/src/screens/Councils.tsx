import { useEffect, useState } from 'preact/hooks';
import { asProblem, type ProblemError } from '../api/client';
import { listCouncils, type Council } from '../api/councils';
import { CouncilTable } from '../components/CouncilTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { usePageTitle } from '../components/page-title';
import { Link } from '../components/Link';
import { StatusMessage } from '../components/StatusMessage';
import { canAdminister } from '../permissions';
import { paths } from '../routes/paths';
import type { SessionUser } from '../session';

type CouncilsState =
  | { status: 'loading' }
  | { status: 'loaded'; councils: Council[] }
  | { status: 'failed'; problem: ProblemError };

/** The councils the user may see: every council for DfE, their own for council users. */
export function Councils({ user }: { user: SessionUser }) {
  const [state, setState] = useState<CouncilsState>({ status: 'loading' });
  const councilUser = user.laCode !== undefined;
  const heading = councilUser ? 'Your council' : 'Councils';
  usePageTitle(heading, { error: state.status === 'failed' });

  useEffect(() => {
    const controller = new AbortController();
    listCouncils(controller.signal).then(
      (councils) => {
        const byName = [...councils].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
        setState({ status: 'loaded', councils: byName });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', problem: asProblem(error) });
      },
    );
    return () => controller.abort();
  }, []);

  return (
    <>
      {state.status === 'failed' && (
        <ErrorSummary
          key={state.problem.detail}
          title="Sorry, the councils could not be shown"
          description={state.problem.detail}
        />
      )}
      <h1 class="govuk-heading-l">{heading}</h1>
      {canAdminister(user) && (
        <Link href={paths.newCouncil()} class="govuk-button" role="button" draggable={false}>
          Set up a council
        </Link>
      )}
      <StatusMessage visible={statusVisible(state, councilUser)}>
        {statusText(state, councilUser)}
      </StatusMessage>
      {state.status === 'loaded' && state.councils.length > 0 && (
        <CouncilTable councils={state.councils} caption={heading} />
      )}
      {state.status === 'loaded' && state.councils.length === 0 && (
        <NoCouncils councilUser={councilUser} admin={canAdminister(user)} />
      )}
    </>
  );
}

/** A council user's one row needs no count; everything else is worth seeing. */
function statusVisible(state: CouncilsState, councilUser: boolean): boolean {
  if (state.status === 'failed') return false;
  return !(councilUser && state.status === 'loaded' && state.councils.length > 0);
}

function statusText(state: CouncilsState, councilUser: boolean): string {
  if (state.status === 'loading')
    return councilUser ? 'Loading your council…' : 'Loading councils…';
  if (state.status === 'failed') return '';
  const count = state.councils.length;
  if (councilUser)
    return count === 0 ? 'Your council has not been set up yet.' : 'Your council is shown.';
  if (count === 0) return 'No councils have been set up yet.';
  return count === 1 ? '1 council' : `${count} councils`;
}

/** What to do about an empty list; the status message above has already said it is empty. */
function NoCouncils({ councilUser, admin }: { councilUser: boolean; admin: boolean }) {
  if (councilUser) {
    return (
      <p class="govuk-body">Contact your Safety Valve lead at the Department for Education.</p>
    );
  }
  if (admin) return <p class="govuk-body">Set up each council, then record its agreement.</p>;
  return (
    <p class="govuk-body">
      A DfE administrator sets up each council here or through the{' '}
      <a class="govuk-link" href="/api/docs">
        API
      </a>
      .
    </p>
  );
}
