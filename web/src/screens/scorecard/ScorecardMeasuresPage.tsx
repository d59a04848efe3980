import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { getScorecard, listMeasures } from '../../api/scorecard';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { canEditReturns } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { MeasuresForm } from './MeasuresForm';

async function loadChoice(laCode: string, signal: AbortSignal) {
  const [catalogue, scorecard] = await Promise.all([
    listMeasures(signal),
    getScorecard(laCode, signal),
  ]);
  return { catalogue, scorecard };
}

/** A council editor chooses the scorecard's measures and sets their targets. */
export function ScorecardMeasuresPage({ user, laCode }: { user: SessionUser; laCode: string }) {
  const { state } = useLoad((signal) => loadChoice(laCode, signal), [laCode]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  usePageTitle('Choose measures and targets', {
    error: errors !== null || state.status === 'failed',
  });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        <CouncilHeading
          user={user}
          laCode={laCode}
          area="scorecard"
          caption="scorecard"
          before={
            <>
              <BackLink href={paths.scorecard(laCode)} />
              {errors}
            </>
          }
        >
          Choose measures and targets
        </CouncilHeading>
        <LoadState state={state} what="the measures">
          {({ catalogue, scorecard }) =>
            canEditReturns(user) ? (
              <MeasuresForm
                laCode={laCode}
                catalogue={catalogue}
                scorecard={scorecard}
                onErrors={setErrors}
              />
            ) : (
              <p class="govuk-body">
                Only the council’s editors and approvers choose the scorecard’s measures.
              </p>
            )
          }
        </LoadState>
      </div>
    </div>
  );
}
