import { useState } from 'preact/hooks';
import {
  FUNDED_FROM_NAMES,
  PROVISION_TYPE_NAMES,
  SCHEME_SUPPORT_NAMES,
  canDecideBid,
  canEditBid,
  formatCount,
  formatMillions,
  formatPounds,
} from '../../../../shared/domain';
import { ProblemError } from '../../api/client';
import { getCapitalBid, type CapitalBid } from '../../api/capital-bids';
import { BackLink } from '../../components/BackLink';
import { BidStatusTag, SchemeStatusTag } from '../../components/CapitalTags';
import { CouncilHeading } from '../../components/CouncilHeading';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { ColumnHeader, Table } from '../../components/Table';
import { usePageTitle } from '../../components/page-title';
import { takeFlash } from '../../flash';
import { placesAreIllustrative, placesText } from '../../capital/illustrative';
import { formatDate } from '../../format';
import { canDecideCapitalBids, canEditCapitalBids } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';

/** The bid, or a 404 to show when there is none by that id. */
export async function requireCapitalBid(
  laCode: string,
  bidId: string,
  signal: AbortSignal,
): Promise<CapitalBid> {
  const bid = await getCapitalBid(laCode, bidId, signal);
  if (!bid) {
    throw new ProblemError({ status: 404, title: 'Not found', detail: 'There is no such bid.' });
  }
  return bid;
}

function bidRows(bid: CapitalBid): SummaryRow[] {
  const { decision } = bid;
  return [
    { key: 'Status', value: <BidStatusTag status={bid.status} /> },
    {
      key: 'Submitted to DfE',
      value: bid.submittedOn ? formatDate(bid.submittedOn) : 'Not yet (a draft)',
    },
    { key: 'Requested', value: formatPounds(bid.requested) },
    {
      key: 'Cost of the schemes',
      value: `${formatPounds(bid.costByFunding['this-bid'])} from this bid, ${formatPounds(bid.costByFunding['existing-capital'])} from existing capital, ${formatPounds(bid.costByFunding.central)} centrally funded`,
    },
    ...(decision
      ? [
          {
            key: 'Awarded',
            value: `${formatPounds(decision.awarded)} of ${formatPounds(bid.requested)} (${formatDate(decision.decidedOn)})`,
          },
          {
            key: 'Given to named schemes',
            value: `${formatPounds(decision.allocated)}; not yet given to a scheme: ${formatPounds(decision.unallocated)}`,
          },
        ]
      : []),
    {
      key: 'Places',
      value: `${placesText(formatCount(bid.placesPlanned), placesAreIllustrative(bid.schemes))} planned, ${formatCount(bid.placesDelivered)} delivered`,
    },
    ...(bid.note ? [{ key: 'Note', value: bid.note }] : []),
    ...(decision?.note ? [{ key: "DfE's decision", value: decision.note }] : []),
  ];
}

/** One capital bid: its money, DfE's decision and each scheme's support and delivery. */
export function CapitalBidPage(props: { user: SessionUser; laCode: string; bidId: string }) {
  const { user, laCode, bidId } = props;
  const { state } = useLoad((signal) => requireCapitalBid(laCode, bidId, signal), [laCode, bidId]);
  const [flash] = useState(takeFlash);
  const title = state.status === 'loaded' ? state.value.title : 'Capital bid';
  usePageTitle(title, { error: state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="capital"
        caption="capital bid"
        before={
          <>
            <BackLink href={paths.capital(laCode)}>Capital bids</BackLink>
            {flash && (
              <NotificationBanner type="success" heading={flash.heading}>
                {flash.body && <p class="govuk-body">{flash.body}</p>}
              </NotificationBanner>
            )}
          </>
        }
      >
        {title}
      </CouncilHeading>
      <LoadState state={state} what="the bid">
        {(bid) => {
          const mayRecord = canEditCapitalBids(user);
          return (
            <>
              <SummaryList rows={bidRows(bid)} />
              <div class="govuk-button-group">
                {mayRecord && canEditBid(bid.status) && (
                  <Link class="govuk-button" href={paths.editCapitalBid(laCode, bid.bidId)}>
                    Change the bid
                  </Link>
                )}
                {canDecideCapitalBids(user) && canDecideBid(bid.status) && (
                  <Link class="govuk-button" href={paths.decideCapitalBid(laCode, bid.bidId)}>
                    Record DfE's decision
                  </Link>
                )}
              </div>
              <Table
                label="Schemes"
                caption={`Schemes (${bid.schemes.length})`}
                captionSize="s"
                head={
                  <>
                    <ColumnHeader>Scheme</ColumnHeader>
                    <ColumnHeader>Funded from</ColumnHeader>
                    <ColumnHeader numeric>Places</ColumnHeader>
                    <ColumnHeader numeric>Cost</ColumnHeader>
                    <ColumnHeader>DfE support</ColumnHeader>
                    <ColumnHeader>Delivery</ColumnHeader>
                  </>
                }
              >
                {bid.schemes.map((s) => (
                  <tr key={s.id} class="govuk-table__row">
                    <td class="govuk-table__cell">
                      {s.title}
                      <span class="app-cell-note">{PROVISION_TYPE_NAMES[s.provisionType]}</span>
                    </td>
                    <td class="govuk-table__cell">{FUNDED_FROM_NAMES[s.fundedFrom]}</td>
                    <td class="govuk-table__cell govuk-table__cell--numeric">
                      {s.places === undefined ? 'Not given' : formatCount(s.places)}
                    </td>
                    <td class="govuk-table__cell govuk-table__cell--numeric">
                      {formatMillions(s.cost)}
                    </td>
                    <td class="govuk-table__cell">
                      {s.support ? SCHEME_SUPPORT_NAMES[s.support] : 'None recorded'}
                      {s.amount !== undefined && (
                        <span class="app-cell-note">{formatMillions(s.amount)}</span>
                      )}
                    </td>
                    <td class="govuk-table__cell">
                      <SchemeStatusTag status={s.status} />
                      {s.status === 'open' && (
                        <span class="app-cell-note">
                          {s.openedOn ? `Opened ${formatDate(s.openedOn)}` : ''}
                          {s.placesDelivered === undefined
                            ? ''
                            : `, ${formatCount(s.placesDelivered)} places`}
                        </span>
                      )}
                      {mayRecord && s.status !== 'open' && s.status !== 'cancelled' && (
                        <span class="app-cell-note">
                          <Link
                            class="govuk-link"
                            href={paths.schemeProgress(laCode, bid.bidId, s.id)}
                          >
                            Record progress<span class="govuk-visually-hidden"> of {s.title}</span>
                          </Link>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </Table>
            </>
          );
        }}
      </LoadState>
    </>
  );
}
