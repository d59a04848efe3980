import { formatMillions } from '../../../../shared/domain';
import type { Agreement } from '../../../../shared/schemas/agreement';
import type { TrancheView } from '../../../../shared/schemas/tranche';
import { SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { TrancheStatusTag } from '../../components/TrancheStatusTag';
import { AGREEMENT_STATUS_NAMES, CADENCE_NAMES, PROGRAMME_NAMES } from '../../display/labels';
import { formatDate } from '../../format';
import { nextTranche, overdueDecisions, paidToDate } from '../../payments/payments';
import { todayInUk } from '../../returns/schedule';

/** The agreement at a glance: programme, status, term, reporting, and the money. */
export function AgreementSummary({
  agreement,
  tranches,
}: {
  agreement: Agreement;
  tranches: TrancheView[];
}) {
  const today = todayInUk();
  const next = nextTranche(tranches, today);
  const overdue = overdueDecisions(tranches, today);
  const statusColour =
    agreement.status === 'active' ? 'green' : agreement.status === 'rejected' ? 'red' : 'grey';
  return (
    <SummaryList
      rows={[
        { key: 'Programme', value: PROGRAMME_NAMES[agreement.programme] },
        {
          key: 'Status',
          value: <Tag colour={statusColour}>{AGREEMENT_STATUS_NAMES[agreement.status]}</Tag>,
        },
        ...(agreement.signedOn ? [{ key: 'Signed', value: formatDate(agreement.signedOn) }] : []),
        {
          key: 'Term',
          value:
            agreement.firstYear === agreement.lastYear
              ? agreement.firstYear
              : `${agreement.firstYear} to ${agreement.lastYear}`,
        },
        {
          key: 'Returns',
          value: `${CADENCE_NAMES[agreement.cadence]}, due ${agreement.returnDueDays} days after each period ends`,
        },
        { key: 'DfE contribution', value: formatMillions(agreement.dfeContributionTotal) },
        {
          key: 'Council contribution',
          value:
            agreement.councilContributionTotal === undefined
              ? 'None agreed'
              : formatMillions(agreement.councilContributionTotal),
        },
        {
          key: 'Paid by DfE to date',
          value: `${formatMillions(paidToDate(tranches))} of ${formatMillions(agreement.dfeContributionTotal)}`,
        },
        ...(overdue.length > 0
          ? [
              {
                key: 'Overdue for a decision',
                value: (
                  <ul class="govuk-list app-compact-list">
                    {overdue.map((t) => (
                      <li key={t.id}>
                        {formatMillions(t.amount)} due {formatDate(t.dueOn)}{' '}
                        <Tag colour="red">Decision overdue</Tag>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
        {
          key: 'Next payment',
          value: next ? (
            <>
              {formatMillions(next.amount)} due {formatDate(next.dueOn)}{' '}
              {next.status !== 'scheduled' && <TrancheStatusTag status={next.status} />}
            </>
          ) : overdue.length > 0 ? (
            'None after those overdue for a decision'
          ) : (
            'All payments made'
          ),
        },
        // The version's own reason says what changed and, in the demo, which of its
        // figures are illustrative: shown where the figures are, not only in the versions.
        ...(agreement.reason
          ? [
              {
                key: agreement.version > 1 ? 'Latest variation' : 'About this agreement',
                value: agreement.reason,
              },
            ]
          : []),
      ]}
    />
  );
}
