import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { isFutureMonth } from '../../../../shared/domain';
import { getScorecard, getScorecardMonth } from '../../api/scorecard';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { canEditReturns } from '../../permissions';
import { paths } from '../../routes/paths';
import { formatMonth } from '../../scorecard/format';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { MonthForm } from './MonthForm';

async function loadMonth(laCode: string, month: string, signal: AbortSignal) {
  const [scorecard, saved] = await Promise.all([
    getScorecard(laCode, signal),
    getScorecardMonth(laCode, month, signal),
  ]);
  return { scorecard, saved };
}

/** A council editor enters (or changes) one month's scorecard figures. */
export function ScorecardMonthPage(props: { user: SessionUser; laCode: string; month: string }) {
  const { user, laCode, month } = props;
  const { state } = useLoad((signal) => loadMonth(laCode, month, signal), [laCode, month]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  const title = `Figures for ${formatMonth(month)}`;
  usePageTitle(title, { error: errors !== null || state.status === 'failed' });
  return (
    <>
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
            {title}
          </CouncilHeading>
          <LoadState state={state} what="the scorecard">
            {({ scorecard, saved }) => {
              if (!canEditReturns(user)) {
                return (
                  <p class="govuk-body">
                    Only the council’s editors and approvers enter scorecard figures.
                  </p>
                );
              }
              if (!scorecard || scorecard.measures.length === 0) {
                return (
                  <p class="govuk-body">
                    Choose the scorecard’s measures first.{' '}
                    <Link class="govuk-link" href={paths.scorecardMeasures(laCode)}>
                      Choose measures and targets
                    </Link>
                  </p>
                );
              }
              if (isFutureMonth(month, new Date())) {
                return (
                  <p class="govuk-body">
                    {formatMonth(month)} has not begun: figures can be entered for this month and
                    the months before it.
                  </p>
                );
              }
              return (
                <MonthForm
                  laCode={laCode}
                  month={month}
                  measures={scorecard.measures}
                  saved={saved}
                  onErrors={setErrors}
                />
              );
            }}
          </LoadState>
        </div>
      </div>
    </>
  );
}
