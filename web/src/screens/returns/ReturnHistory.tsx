import { returnHistory, type ReturnHistoryEntry } from '../../api/returns';
import { ColumnHeader, Table } from '../../components/Table';
import { formatDateTime } from '../../format';
import { ROLE_NAMES } from '../../roles';
import { isRole } from '../../../../shared/domain';
import { useLoad } from '../../use-load';

function what(entry: ReturnHistoryEntry): string {
  switch (entry.action) {
    case 'saved':
      return `Draft saved (version ${entry.version})`;
    case 'ready':
      return 'Sent for sign-off';
    case 'submitted':
      return entry.signOff
        ? `Submitted, signed off by ${entry.signOff.name}, ${entry.signOff.role}`
        : 'Submitted';
    case 'returned':
      return 'Returned to the council by DfE';
    case 'accepted':
      return 'Accepted by DfE';
  }
}

/** Every save and change of status of a return, newest first. */
export function ReturnHistory({ laCode, period }: { laCode: string; period: string }) {
  const { state } = useLoad((signal) => returnHistory(laCode, period, signal), [laCode, period]);
  if (state.status === 'loading') return <p class="govuk-body">Loading the history…</p>;
  if (state.status === 'failed') {
    return <p class="govuk-body">The history could not be shown: {state.problem.detail}</p>;
  }
  return (
    <Table
      label="History of the return"
      caption="History of the return"
      head={
        <>
          <ColumnHeader>When</ColumnHeader>
          <ColumnHeader>What happened</ColumnHeader>
          <ColumnHeader>Who</ColumnHeader>
        </>
      }
    >
      {state.value.map((entry) => (
        <tr key={`${entry.version}-${entry.action}-${entry.at}`} class="govuk-table__row">
          <td class="govuk-table__cell">{formatDateTime(entry.at)}</td>
          <td class="govuk-table__cell">{what(entry)}</td>
          <td class="govuk-table__cell">
            {entry.actor.name ??
              (isRole(entry.actor.role) ? ROLE_NAMES[entry.actor.role] : entry.actor.role)}
            <span class="app-cell-note">
              {entry.actor.name && isRole(entry.actor.role)
                ? ROLE_NAMES[entry.actor.role]
                : entry.actor.sub}
            </span>
          </td>
        </tr>
      ))}
    </Table>
  );
}
