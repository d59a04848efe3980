import { useState } from 'preact/hooks';
import { getScorecard, type ScorecardView } from '../../api/scorecard';
import { CouncilHeading } from '../../components/CouncilHeading';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../components/page-title';
import { takeFlash } from '../../flash';
import { canEditReturns } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { FileDownloads } from '../../components/FileDownloads';
import { scorecardFile } from '../../api/files';
import { MeasureSection } from './MeasureSection';
import { MonthChooser } from './MonthChooser';
import { ScorecardSummary } from './ScorecardSummary';

/**
 * A council's scorecard: each measure's latest figure against its target and the
 * published comparators, then each measure month by month as a chart and a table.
 */
/** The page shows two years of months; the workbook has every month saved. */
const MONTHS_SHOWN = 24;

export function Scorecard({ user, laCode }: { user: SessionUser; laCode: string }) {
  const { state } = useLoad((signal) => getScorecard(laCode, signal, MONTHS_SHOWN), [laCode]);
  const [flash] = useState(takeFlash);
  usePageTitle('Scorecard', { error: state.status === 'failed' });
  const edits = canEditReturns(user);
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="scorecard"
        before={
          flash && (
            <NotificationBanner type="success" heading={flash.heading}>
              {flash.body && <p class="govuk-body">{flash.body}</p>}
            </NotificationBanner>
          )
        }
      >
        Scorecard
      </CouncilHeading>
      <LoadState state={state} what="the scorecard">
        {(scorecard) =>
          scorecard ? (
            <ScorecardBody laCode={laCode} scorecard={scorecard} edits={edits} />
          ) : (
            <>
              <p class="govuk-body">
                The council has not chosen its scorecard measures yet. A scorecard holds the
                council’s improvement measures month by month, against its targets and the published
                national, regional and statistical-neighbour figures.
              </p>
              {edits && (
                <Link class="govuk-button" href={paths.scorecardMeasures(laCode)}>
                  Choose measures and targets
                </Link>
              )}
            </>
          )
        }
      </LoadState>
    </>
  );
}

function ScorecardBody(props: { laCode: string; scorecard: ScorecardView; edits: boolean }) {
  const { laCode, scorecard, edits } = props;
  return (
    <>
      <p class="govuk-body">
        The council’s improvement measures, month by month, against its targets and the published
        comparators, over the latest {MONTHS_SHOWN} months saved (the spreadsheet has every month).
        The trend compares the latest month with three months before.
      </p>
      {edits && (
        <div class="app-scorecard-actions">
          <MonthChooser laCode={laCode} />
          <p class="govuk-body">
            <Link class="govuk-link" href={paths.scorecardMeasures(laCode)}>
              Choose measures and targets
            </Link>
          </p>
        </div>
      )}
      <ScorecardSummary measures={scorecard.measures} />
      <FileDownloads files={[scorecardFile(laCode)]} />
      {scorecard.measures.map((measure) => (
        <MeasureSection key={measure.key} measure={measure} />
      ))}
    </>
  );
}
