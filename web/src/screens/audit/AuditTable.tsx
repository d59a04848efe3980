import type { AuditEntry } from '../../api/audit';
import { ColumnHeader, Table } from '../../components/Table';
import { auditActionName } from '../../display/audit';
import { auditChangeRows, auditWho } from '../../display/audit-change';
import { formatDateTime } from '../../format';

/**
 * A page of the audit trail: when, who (by name), what, and the change itself field by
 * field, before → after. On a narrow screen each change stacks as a card.
 */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table
      label="Audit trail"
      caption="Audit trail, newest first"
      class="app-stacked-table"
      head={
        <>
          <ColumnHeader>When</ColumnHeader>
          <ColumnHeader>Who</ColumnHeader>
          <ColumnHeader>What</ColumnHeader>
        </>
      }
    >
      {entries.map((entry, index) => {
        const who = auditWho(entry.actor);
        const rows = auditChangeRows(entry.before, entry.after);
        return (
          <tr key={`${entry.at}-${index}`} class="govuk-table__row">
            <td class="govuk-table__cell app-nowrap-from-tablet" data-label="When">
              {formatDateTime(entry.at)}
            </td>
            <td class="govuk-table__cell" data-label="Who">
              {who.name}
              {who.role && <span class="app-cell-note">{who.role}</span>}
            </td>
            <td class="govuk-table__cell" data-label="What">
              {auditActionName(entry.action)}
              <span class="app-cell-note">{entry.entity}</span>
              {rows.length > 0 && (
                <details class="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">
                      What changed<span class="govuk-visually-hidden"> in {entry.entity}</span>
                    </span>
                  </summary>
                  <div class="govuk-details__text">
                    <dl class="govuk-summary-list govuk-summary-list--no-border app-audit-change">
                      {rows.map((row) => (
                        <div key={row.label} class="govuk-summary-list__row">
                          <dt class="govuk-summary-list__key">{row.label}</dt>
                          <dd class="govuk-summary-list__value">
                            {row.before !== undefined && row.after !== undefined ? (
                              <>
                                {row.before} <span aria-hidden="true">→</span>
                                <span class="govuk-visually-hidden"> changed to </span> {row.after}
                              </>
                            ) : row.after !== undefined ? (
                              row.after
                            ) : (
                              <>
                                {row.before}
                                <span class="govuk-visually-hidden"> (removed)</span>
                              </>
                            )}
                          </dd>
                        </div>
                      ))}
                    </dl>
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
