import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  formatPounds,
  ELIGIBILITY_BASIS_LABELS,
  deficitSourceLabel,
} from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import { getGrant, releaseGrant } from '../../api/reform';
import { CouncilHeading } from '../../components/CouncilHeading';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { SummaryList } from '../../components/SummaryList';
import { ColumnHeader, Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../components/page-title';
import { formatDate } from '../../format';
import { canReleaseGrant } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { PLAN_STATUS_TEXT } from './load-reform';

const STATUS_TEXT: Record<string, string> = {
  ineligible: 'Ineligible: no deficit',
  'awaiting-figures': 'Awaiting figures',
  'awaiting-plan-approval': 'Awaiting plan approval',
  payable: 'Payable',
  paid: 'Paid',
};

/** The High Needs Stability Grant: the sources side by side, the rule applied, the grant. */
export function StabilityGrantPage(props: { user: SessionUser; laCode: string }) {
  const { user, laCode } = props;
  const { state, set } = useLoad((signal) => getGrant(laCode, signal), [laCode]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const [released, setReleased] = useState(false);
  usePageTitle('High Needs Stability Grant', {
    error: errors !== null || state.status === 'failed',
  });

  async function release() {
    if (sending) return;
    if (!reason.trim()) {
      setProblem('Enter the reason for releasing the grant');
      setErrors(
        <ErrorSummary
          key={Date.now()}
          errors={[
            {
              path: 'reason',
              message: 'Enter the reason for releasing the grant',
              href: '#reason',
            },
          ]}
        />,
      );
      return;
    }
    setSending(true);
    try {
      set(await releaseGrant(laCode, { decision: 'release', reason: reason.trim() }));
      setErrors(null);
      setReleased(true);
    } catch (error) {
      const p = asProblem(error);
      setErrors(
        <ErrorSummary key={Date.now()} title="The grant was not released" description={p.detail} />,
      );
    }
    setSending(false);
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-full">
        {errors}
        <CouncilHeading user={user} laCode={laCode} area="grant">
          High Needs Stability Grant
        </CouncilHeading>
        <LoadState state={state} what="the stability grant">
          {(grant) => (
            <>
              {released && (
                <div class="govuk-panel govuk-panel--confirmation">
                  <h2 class="govuk-panel__title">Grant released</h2>
                  <div class="govuk-panel__body">{formatPounds(grant.grant ?? 0)}</div>
                </div>
              )}
              <p class="govuk-body">
                90% of the high needs deficit at {formatDate(grant.asAt)}, paid once DfE approves
                the council’s local SEND reform plan. Where the council’s sources differ without an
                accepted explanation, the lowest counts; other blocks’ deficits never count.
              </p>
              <SummaryList
                rows={[
                  {
                    key: 'Status',
                    value: (
                      <Tag
                        colour={
                          grant.status === 'paid' || grant.status === 'payable' ? 'green' : 'grey'
                        }
                      >
                        {STATUS_TEXT[grant.status] ?? grant.status}
                      </Tag>
                    ),
                  },
                  {
                    key: 'Eligible deficit',
                    value:
                      grant.eligibleDeficit === null
                        ? 'Not known yet'
                        : formatPounds(grant.eligibleDeficit),
                  },
                  {
                    key: 'Rule applied',
                    value: grant.basis
                      ? ELIGIBILITY_BASIS_LABELS[grant.basis]
                      : 'None yet: no figures',
                  },
                  {
                    key: 'Difference between the sources',
                    value:
                      grant.difference === null ? 'Not known yet' : formatPounds(grant.difference),
                  },
                  {
                    key: 'Grant',
                    value: grant.grant === null ? 'Not known yet' : formatPounds(grant.grant),
                  },
                  {
                    key: 'Reform plan',
                    value: (
                      <Link class="govuk-link" href={paths.reformPlan(laCode)}>
                        {PLAN_STATUS_TEXT[grant.reformPlanStatus] ?? grant.reformPlanStatus}
                      </Link>
                    ),
                  },
                ]}
              />
              {grant.sources.length > 0 && (
                <Table
                  label="The deficit by source"
                  caption="The deficit at 31 March 2026 as each source records it"
                  captionSize="s"
                  head={
                    <>
                      <ColumnHeader>Source</ColumnHeader>
                      <ColumnHeader numeric>High needs deficit</ColumnHeader>
                      <ColumnHeader numeric>Difference from the eligible deficit</ColumnHeader>
                      <ColumnHeader numeric>Other blocks (never counted)</ColumnHeader>
                      <ColumnHeader>Counts</ColumnHeader>
                    </>
                  }
                >
                  {grant.sources.map((s) => (
                    <tr key={s.source} class="govuk-table__row">
                      <th scope="row" class="govuk-table__header">
                        {deficitSourceLabel(s.source)}
                      </th>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {formatPounds(s.highNeedsDeficit)}
                      </td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {formatPounds(s.differenceFromEligible)}
                      </td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {s.otherBlocksDeficit === undefined
                          ? '—'
                          : formatPounds(s.otherBlocksDeficit)}
                      </td>
                      <td class="govuk-table__cell">{s.counts ? 'Yes' : 'No'}</td>
                    </tr>
                  ))}
                </Table>
              )}
              {grant.explanation && (
                <>
                  <h2 class="govuk-heading-s">The council’s explanation</h2>
                  <p class="govuk-body">{grant.explanation}</p>
                </>
              )}
              {grant.determination && (
                <>
                  <h2 class="govuk-heading-s">DfE’s determination</h2>
                  <p class="govuk-body">
                    {grant.determination.useSource
                      ? `${deficitSourceLabel(grant.determination.useSource)} counts. `
                      : ''}
                    {grant.determination.reason}
                  </p>
                </>
              )}
              {grant.decisions.length > 0 && (
                <Table
                  label="Decisions on the grant"
                  caption="Decisions"
                  captionSize="s"
                  head={
                    <>
                      <ColumnHeader>Date</ColumnHeader>
                      <ColumnHeader>Decision</ColumnHeader>
                      <ColumnHeader>Reason</ColumnHeader>
                    </>
                  }
                >
                  {grant.decisions.map((d, i) => (
                    <tr key={i} class="govuk-table__row">
                      <td class="govuk-table__cell">{formatDate(d.decidedAt)}</td>
                      <td class="govuk-table__cell">
                        {d.decision === 'release'
                          ? `Released ${formatPounds(d.grant ?? 0)}`
                          : 'Determination'}
                      </td>
                      <td class="govuk-table__cell">{d.reason}</td>
                    </tr>
                  ))}
                </Table>
              )}
              {grant.status === 'payable' && canReleaseGrant(user) && (
                <form
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    void release();
                  }}
                >
                  <h2 class="govuk-heading-m">Release the grant</h2>
                  <p class="govuk-body">
                    A release is final: the figures and the amount cannot change after it.
                  </p>
                  <Textarea
                    id="reason"
                    label="Reason"
                    error={problem}
                    value={reason}
                    onInput={setReason}
                    maxLength={4000}
                  />
                  <button type="submit" class="govuk-button" disabled={sending}>
                    Release {grant.grant === null ? '' : formatPounds(grant.grant)}
                  </button>
                </form>
              )}
            </>
          )}
        </LoadState>
      </div>
    </div>
  );
}
