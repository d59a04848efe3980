import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatMillions } from '../../../../shared/domain';
import { BackLink } from '../../components/BackLink';
import { ConditionStatusTag } from '../../components/ConditionStatusTag';
import { CouncilHeading } from '../../components/CouncilHeading';
import { CouncilTabs } from '../../components/CouncilTabs';
import { LoadState } from '../../components/LoadState';
import { SummaryList } from '../../components/SummaryList';
import { TrancheStatusTag } from '../../components/TrancheStatusTag';
import { usePageTitle } from '../../components/page-title';
import { periodName } from '../../display/labels';
import { formatDate } from '../../format';
import { canDecideTranches } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { DecideForm } from './DecideForm';
import { loadPayments } from './load-payments';

/** DfE administrators release, withhold or suspend a payment. */
export function DecidePayment(props: { user: SessionUser; laCode: string; trancheId: string }) {
  const { user, laCode, trancheId } = props;
  const { state } = useLoad((signal) => loadPayments(laCode, signal), [laCode]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  usePageTitle('Decide on a payment', { error: errors !== null || state.status === 'failed' });
  return (
    <>
      <CouncilTabs user={user} laCode={laCode} area="payments" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds-from-desktop">
          <BackLink href={paths.payments(laCode)} />
          {errors}
          <CouncilHeading user={user} laCode={laCode}>
            Decide on a payment
          </CouncilHeading>
          <LoadState state={state} what="the payment">
            {({ tranches, conditions }) => {
              const tranche = tranches.find((t) => t.id === trancheId);
              if (!tranche) return <p class="govuk-body">The agreement has no such payment.</p>;
              if (!canDecideTranches(user)) {
                return <p class="govuk-body">Only DfE administrators decide on payments.</p>;
              }
              const titles = new Map(conditions.map((c) => [c.id, c.title]));
              const linked = conditions.filter((c) => tranche.conditionIds.includes(c.id));
              return (
                <>
                  <SummaryList
                    rows={[
                      { key: 'Payment', value: `${tranche.financialYear} (${tranche.id})` },
                      { key: 'Amount', value: formatMillions(tranche.amount) },
                      { key: 'Due', value: formatDate(tranche.dueOn) },
                      { key: 'Status', value: <TrancheStatusTag status={tranche.status} /> },
                      {
                        key: 'Subject to',
                        value:
                          linked.length === 0 ? (
                            'No conditions'
                          ) : (
                            <ul class="govuk-list app-compact-list">
                              {linked.map((c) => (
                                <li key={c.id}>
                                  {c.title}
                                  <span class="app-cell-note">
                                    {c.latestAssessment ? (
                                      <>
                                        DfE:{' '}
                                        <ConditionStatusTag status={c.latestAssessment.status} />{' '}
                                        for {periodName(c.latestAssessment.period)}
                                      </>
                                    ) : (
                                      'Not assessed by DfE yet'
                                    )}
                                  </span>
                                </li>
                              ))}
                            </ul>
                          ),
                      },
                    ]}
                  />
                  {tranche.status === 'released' ? (
                    <p class="govuk-body">This payment has been released. A release is final.</p>
                  ) : (
                    <DecideForm
                      laCode={laCode}
                      tranche={tranche}
                      conditionTitles={titles}
                      onErrors={setErrors}
                    />
                  )}
                </>
              );
            }}
          </LoadState>
        </div>
      </div>
    </>
  );
}
