import { useState } from 'preact/hooks';
import { formatMillions } from '../../../../shared/domain';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { usePageTitle } from '../../components/page-title';
import { takeFlash } from '../../flash';
import { paidToDate } from '../../payments/payments';
import { canDecideTranches } from '../../permissions';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { DecisionTable } from './DecisionTable';
import { loadPayments } from './load-payments';
import { TrancheTable } from './TrancheTable';

/** DfE's payments under the agreement, and every decision on them. */
export function Payments({ user, laCode }: { user: SessionUser; laCode: string }) {
  const { state } = useLoad((signal) => loadPayments(laCode, signal), [laCode]);
  const [flash] = useState(takeFlash);
  usePageTitle('Payments', { error: state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="payments"
        before={
          flash && (
            <NotificationBanner type="success" heading={flash.heading}>
              {flash.body && <p class="govuk-body">{flash.body}</p>}
            </NotificationBanner>
          )
        }
      >
        Payments
      </CouncilHeading>
      <LoadState state={state} what="the payments">
        {({ agreement, tranches, conditions }) => {
          const titles = new Map(conditions.map((c) => [c.id, c.title]));
          const paid = paidToDate(tranches);
          return (
            <>
              <p class="govuk-body">
                DfE pays its contribution in instalments, each subject to continued satisfactory
                progress: a payment linked to conditions is released once DfE has assessed those
                conditions as met or on track.
              </p>
              <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds-from-desktop">
                  <SummaryList
                    rows={[
                      {
                        key: 'DfE contribution',
                        value: formatMillions(agreement.dfeContributionTotal),
                      },
                      { key: 'Paid to date', value: formatMillions(paid) },
                      {
                        key: 'Still to pay',
                        value: formatMillions(agreement.dfeContributionTotal - paid),
                      },
                    ]}
                  />
                </div>
              </div>
              {tranches.length === 0 ? (
                <p class="govuk-body">The agreement has no payments.</p>
              ) : (
                <TrancheTable
                  laCode={laCode}
                  tranches={tranches}
                  conditionTitles={titles}
                  canDecide={canDecideTranches(user)}
                />
              )}
              <h2 class="govuk-heading-m">Decisions</h2>
              <DecisionTable tranches={tranches} conditionTitles={titles} />
            </>
          );
        }}
      </LoadState>
    </>
  );
}
