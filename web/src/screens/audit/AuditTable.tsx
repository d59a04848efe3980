import { isRole } from '../../../../shared/domain';
import type { AuditEntry } from '../../api/audit';
import { ColumnHeader, Table } from '../../components/Table';
import { auditActionName, auditValue } from '../../display/audit';
import { formatDateTime } from '../../format';
import { ROLE_NAMES } from '../../roles';

/** A page of the audit trail: when, who, what, and the change itself on request. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table
      label="Audit trail"
      caption="Audit trail, newest first"
      head={
        <>
          <ColumnHeader>When</ColumnHeader>
          <ColumnHeader>Who</ColumnHeader>
          <ColumnHeader>What</ColumnHeader>
        </>
      }
    >
      {entries.map((entry, index) => {
        const before = auditValue(entry.before);
        const after = auditValue(entry.after);
        return (
          <tr key={`${entry.at}-${index}`} class="govuk-table__row">
            <td class="govuk-table__cell app-nowrap-from-tablet">{formatDateTime(entry.at)}</td>
            <td class="govuk-table__cell">
              {isRole(entry.actor.role)
                ? ROLE_NAMES[entry.actor.role]
                : entry.actor.role === 'system'
                  ? 'The service'
                  : entry.actor.role}
              <span class="app-cell-note">{entry.actor.sub}</span>
            </td>
            <td class="govuk-table__cell">
              {auditActionName(entry.action)}
              <span class="app-cell-note">{entry.entity}</span>
              {(before || after) && (
                <details class="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">
                      The change<span class="govuk-visually-hidden"> to {entry.entity}</span>
                    </span>
                  </summary>
                  <div class="govuk-details__text">
                    {before && (
                      <>
                        <p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                          Before
                        </p>
                        <pre class="app-code">{before}</pre>
                      </>
                    )}
                    {after && (
                      <>
                        <p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                          After
                        </p>
                        <pre class="app-code">{after}</pre>
                      </>
                    )}
                  </div>
                </details>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
