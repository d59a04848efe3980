import type { TrancheView } from '../../api/tranches';
import { ColumnHeader, Table } from '../../components/Table';
import { TRANCHE_STATUS_NAMES } from '../../display/labels';
import { formatDateTime } from '../../format';

const DECISIONS = { release: 'Released', withhold: 'Withheld', suspend: 'Suspended' } as const;

/** Every decision on the agreement's payments, newest first, with the reasons given. */
export function DecisionTable({
  tranches,
  conditionTitles,
}: {
  tranches: TrancheView[];
  conditionTitles: Map<string, string>;
}) {
  const decisions = tranches
    .flatMap((tranche) => tranche.decisions.map((decision) => ({ tranche, decision })))
    .sort((a, b) => b.decision.decidedAt.localeCompare(a.decision.decidedAt));
  if (decisions.length === 0) {
    return <p class="govuk-body">DfE has not made any decisions on these payments yet.</p>;
  }
  return (
    <Table
      label="Decisions on payments"
      caption="Decisions on payments"
      head={
        <>
          <ColumnHeader>When</ColumnHeader>
          <ColumnHeader>Payment</ColumnHeader>
          <ColumnHeader>Decision</ColumnHeader>
          <ColumnHeader>Reason</ColumnHeader>
        </>
      }
    >
      {decisions.map(({ tranche, decision }) => (
        <tr key={`${tranche.id}-${decision.decidedAt}`} class="govuk-table__row">
          <td class="govuk-table__cell">{formatDateTime(decision.decidedAt)}</td>
          <td class="govuk-table__cell">
            {tranche.financialYear}
            {tranche.id !== tranche.financialYear && (
              <span class="app-cell-note">{tranche.id}</span>
            )}
          </td>
          <td class="govuk-table__cell">
            {DECISIONS[decision.decision]}
            <span class="app-cell-note">
              Was {TRANCHE_STATUS_NAMES[decision.from].toLowerCase()}
            </span>
          </td>
          <td class="govuk-table__cell">
            <span class="app-multiline">{decision.reason}</span>
            {decision.override && (
              <span class="app-cell-note">
                Released over{' '}
                {decision.overriddenConditionIds
                  .map((id) => conditionTitles.get(id) ?? id)
                  .join('; ')}
              </span>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
