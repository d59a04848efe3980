import { periodName } from '../../display/labels';
import { useState } from 'preact/hooks';
import { formatCount, formatMillions } from '../../../../shared/domain';
import { listCapitalBids } from '../../api/capital-bids';
import { loadAwaiting } from '../../capital/awaiting';
import { BidStatusTag } from '../../components/CapitalTags';
import { CouncilHeading } from '../../components/CouncilHeading';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { ColumnHeader, Table } from '../../components/Table';
import { usePageTitle } from '../../components/page-title';
import { takeFlash } from '../../flash';
import { placesAreIllustrative, placesText } from '../../capital/illustrative';
import { formatDate } from '../../format';
import { canEditCapitalBids } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';

/** A council's bids for high needs capital, and the specialist places they create. */
export function CapitalBids({ user, laCode }: { user: SessionUser; laCode: string }) {
  const { state } = useLoad(
    async (signal) => {
      const [bids, awaiting] = await Promise.all([
        listCapitalBids(laCode, signal),
        loadAwaiting(laCode, signal),
      ]);
      return { bids, awaiting };
    },
    [laCode],
  );
  const [flash] = useState(takeFlash);
  usePageTitle('Capital bids', { error: state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="capital"
        before={
          flash && (
            <NotificationBanner type="success" heading={flash.heading}>
              {flash.body && <p class="govuk-body">{flash.body}</p>}
            </NotificationBanner>
          )
        }
      >
        Capital bids for specialist places
      </CouncilHeading>
      <LoadState state={state} what="the capital bids">
        {({ bids, awaiting }) => {
          const decided = bids.filter((b) => b.awarded !== undefined);
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          return (
            <>
              <p class="govuk-body">
                The council bids to DfE for high needs capital to create local specialist places.
                Each bid lists its schemes; DfE decides once, and the council records each scheme's
                delivery as places open.
              </p>
              <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds-from-desktop">
                  <SummaryList
                    rows={[
                      {
                        key: 'Requested from DfE',
                        value: formatMillions(sum(bids.map((b) => b.requested))),
                      },
                      {
                        key: 'Awarded by DfE',
                        value: `${formatMillions(sum(decided.map((b) => b.awarded ?? 0)))} of ${formatMillions(sum(decided.map((b) => b.requested)))} requested in decided bids`,
                      },
                      {
                        key: 'Places planned',
                        value: placesText(
                          formatCount(sum(bids.map((b) => b.placesPlanned))),
                          bids.some((b) => placesAreIllustrative(b.schemes)),
                        ),
                      },
                      {
                        key: 'Places delivered',
                        value: formatCount(sum(bids.map((b) => b.placesDelivered))),
                      },
                      {
                        key: 'Children awaiting a specialist place',
                        value: awaiting
                          ? `${formatCount(awaiting.count)} (return for ${periodName(awaiting.period)})`
                          : 'Not reported in a return yet',
                      },
                    ]}
                  />
                </div>
              </div>
              {canEditCapitalBids(user) && (
                <Link class="govuk-button" href={paths.newCapitalBid(laCode)}>
                  Enter a capital bid
                </Link>
              )}
              {bids.length === 0 ? (
                <p class="govuk-body">The council has not entered a capital bid.</p>
              ) : (
                <Table
                  label="Capital bids"
                  caption="Capital bids"
                  captionSize="s"
                  head={
                    <>
                      <ColumnHeader>Bid</ColumnHeader>
                      <ColumnHeader>Status</ColumnHeader>
                      <ColumnHeader numeric>Requested</ColumnHeader>
                      <ColumnHeader numeric>Awarded</ColumnHeader>
                      <ColumnHeader numeric>Schemes</ColumnHeader>
                      <ColumnHeader numeric>Places planned</ColumnHeader>
                      <ColumnHeader numeric>Places delivered</ColumnHeader>
                    </>
                  }
                >
                  {bids.map((bid) => (
                    <tr key={bid.bidId} class="govuk-table__row">
                      <td class="govuk-table__cell">
                        <Link class="govuk-link" href={paths.capitalBid(laCode, bid.bidId)}>
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
                        {bid.schemes.length}
                      </td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {placesText(
                          formatCount(bid.placesPlanned),
                          placesAreIllustrative(bid.schemes),
                        )}
                      </td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {formatCount(bid.placesDelivered)}
                      </td>
                    </tr>
                  ))}
                </Table>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
