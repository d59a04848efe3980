import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { getAgreement } from '../../api/agreement';
import { ProblemError } from '../../api/client';
import { listConditions } from '../../api/conditions';
import { getReturn } from '../../api/returns';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { CouncilTabs } from '../../components/CouncilTabs';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { canAssess } from '../../permissions';
import { latestEndedPeriod, periodsSoFar } from '../../returns/periods-so-far';
import { todayInUk } from '../../returns/schedule';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { AssessForm } from './AssessForm';
import { LatestFigure } from './LatestFigure';

async function loadAssessment(laCode: string, conditionId: string, signal: AbortSignal) {
  const [agreement, conditions] = await Promise.all([
    getAgreement(laCode, signal),
    listConditions(laCode, signal),
  ]);
  const condition = conditions.find((c) => c.id === conditionId);
  if (!agreement || !condition) {
    throw new ProblemError({
      status: 404,
      title: 'Not found',
      detail: 'The agreement has no such condition.',
    });
  }
  // The council's latest figure for the condition's measure is in its latest submitted return.
  const latestPeriod = condition.latestCouncilStatus?.period;
  const latest = latestPeriod ? await getReturn(laCode, latestPeriod, signal) : null;
  return { agreement, condition, latest };
}

/** DfE assesses one condition for a period. */
export function AssessCondition(props: { user: SessionUser; laCode: string; conditionId: string }) {
  const { user, laCode, conditionId } = props;
  const { state } = useLoad(
    (signal) => loadAssessment(laCode, conditionId, signal),
    [laCode, conditionId],
  );
  const [errors, setErrors] = useState<ComponentChildren>(null);
  usePageTitle('Assess a condition', { error: errors !== null || state.status === 'failed' });
  const asked = new URLSearchParams(window.location.search).get('period');
  return (
    <>
      <CouncilTabs user={user} laCode={laCode} area="conditions" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds-from-desktop">
          <BackLink href={paths.conditions(laCode)} />
          {errors}
          <CouncilHeading user={user} laCode={laCode}>
            Assess a condition
          </CouncilHeading>
          <LoadState state={state} what="the condition">
            {({ agreement, condition, latest }) => {
              if (!canAssess(user)) {
                return <p class="govuk-body">Only DfE reviewers assess conditions.</p>;
              }
              const today = todayInUk();
              const periods = periodsSoFar(agreement, today);
              if (periods.length === 0) {
                return <p class="govuk-body">The agreement’s first period has not started.</p>;
              }
              const reported = [...condition.history].reverse().find((h) => h.councilStatus);
              const initial =
                (asked && periods.includes(asked) && asked) ||
                reported?.period ||
                latestEndedPeriod(agreement, today) ||
                periods[0]!;
              return (
                <>
                  <p class="govuk-body-l">{condition.title}</p>
                  {condition.description && <p class="govuk-body">{condition.description}</p>}
                  <LatestFigure condition={condition} latest={latest} />
                  <AssessForm
                    laCode={laCode}
                    condition={condition}
                    periods={periods}
                    initialPeriod={initial}
                    onErrors={setErrors}
                  />
                </>
              );
            }}
          </LoadState>
        </div>
      </div>
    </>
  );
}
