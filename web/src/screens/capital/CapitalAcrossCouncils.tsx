import { useState } from 'preact/hooks';
import {
  BID_STATUS_NAMES,
  type BidStatus,
  formatCount,
  formatMillions,
} from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import {
  capitalBidsXlsxPath,
  getCapitalBidsXlsx,
  listAllCapitalBids,
  type CapitalBidAcross,
} from '../../api/capital-bids';
import { BidStatusTag } from '../../components/CapitalTags';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { SummaryList } from '../../components/SummaryList';
import { ColumnHeader, Table } from '../../components/Table';
import { usePageTitle } from '../../components/page-title';
import { placesAreIllustrative, placesText } from '../../capital/illustrative';
import { formatDate } from '../../format';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { saveFile } from '../../files/save-file';
import { useLoad } from '../../use-load';

/** What DfE sees: bids that have reached it (drafts stay the councils' own business). */
const SHOWN: BidStatus[] = ['submitted', 'awarded', 'refused'];

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** DfE's view of every council's capital bids: who waits on a decision, what was awarded. */
export function CapitalAcrossCouncils(_props: { user: SessionUser }) {
  const { state } = useLoad(async (signal) => {
    const bids = await listAllCapitalBids(undefined, signal);
    return bids.filter((b) => SHOWN.includes(b.status));
  }, []);
  usePageTitle('Capital bids', { error: state.status === 'failed' });
  return (
    <>
      <h1 class="govuk-heading-l">Capital bids for specialist places</h1>
      <LoadState state={state} what="the capital bids">
        {(bids) => {
          const awaiting = bids.filter((b) => b.status === 'submitted');
          const decided = bids.filter((b) => b.awarded !== undefined);
          return (
            <>
              <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds-from-desktop">
                  <SummaryList
                    rows={[
                      {
                        key: 'Awaiting a decision',
                        value: `${awaiting.length} ${awaiting.length === 1 ? 'bid' : 'bids'}, ${formatMillions(sum(awaiting.map((b) => b.requested)))} requested`,
                      },
                      {
                        key: 'Awarded',
                        value: `${formatMillions(sum(decided.map((b) => b.awarded ?? 0)))} of ${formatMillions(sum(decided.map((b) => b.requested)))} requested`,
                      },
                      {
                        key: 'Places',
                        value: `${placesText(
                          formatCount(sum(bids.map((b) => b.placesPlanned))),
                          bids.some((b) => placesAreIllustrative(b.schemes)),
                        )} planned, ${formatCount(sum(bids.map((b) => b.placesDelivered)))} delivered`,
                      },
                    ]}
                  />
                </div>
              </div>
              <XlsxDownload />
              {SHOWN.map((status) => {
                const rows = bids.filter((b) => b.status === status);
                return <BidTable key={status} caption={BID_STATUS_NAMES[status]} bids={rows} />;
              })}
            </>
          );
        }}
      </LoadState>
    </>
  );
}

function BidTable({ caption, bids }: { caption: string; bids: CapitalBidAcross[] }) {
  if (bids.length === 0) {
    return (
      <>
        <h2 class="govuk-heading-s">{caption}</h2>
        <p class="govuk-body">None.</p>
      </>
    );
  }
  return (
    <Table
      label={caption}
      caption={`${caption} (${bids.length})`}
      captionSize="s"
      head={
        <>
          <ColumnHeader>Council</ColumnHeader>
          <ColumnHeader>Bid</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          <ColumnHeader numeric>Requested</ColumnHeader>
          <ColumnHeader numeric>Awarded</ColumnHeader>
          <ColumnHeader numeric>Places planned</ColumnHeader>
          <ColumnHeader numeric>Places delivered</ColumnHeader>
        </>
      }
    >
      {bids.map((bid) => (
        <tr key={`${bid.laCode}/${bid.bidId}`} class="govuk-table__row">
          <td class="govuk-table__cell">{bid.councilName}</td>
          <td class="govuk-table__cell">
            <Link class="govuk-link" href={paths.capitalBid(bid.laCode, bid.bidId)}>
              {bid.title}
            </Link>
            {bid.submittedOn && (
              <span class="app-cell-note">Submitted {formatDate(bid.submittedOn)}</span>
            )}
          </td>
          <td class="govuk-table__cell">
            <BidStatusTag status={bid.status} />
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {formatMillions(bid.requested)}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {bid.awarded === undefined ? 'Not decided' : formatMillions(bid.awarded)}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {placesText(formatCount(bid.placesPlanned), placesAreIllustrative(bid.schemes))}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {formatCount(bid.placesDelivered)}
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** The API needs the user's token, which a plain link does not send: the click fetches it. */
function XlsxDownload() {
  const [problem, setProblem] = useState<string | null>(null);
  const name = 'capital-bids.xlsx';
  return (
    <p class="govuk-body">
      <a
        class="govuk-link"
        href={capitalBidsXlsxPath()}
        download={name}
        onClick={(event) => {
          event.preventDefault();
          setProblem(null);
          getCapitalBidsXlsx().then(
            (blob) => saveFile(blob, name),
            (error: unknown) => setProblem(asProblem(error).detail),
          );
        }}
      >
        Download every council's bids and schemes as a spreadsheet (Excel)
      </a>
      {problem && (
        <span class="govuk-error-message govuk-!-margin-top-2" role="alert">
          <span class="govuk-visually-hidden">Error:</span> The file could not be downloaded:{' '}
          {problem}
        </span>
      )}
    </p>
  );
}
