import type { Alert } from '../../../shared/schemas/alert';
import { ALERT_RULE_NAMES, periodName } from '../display/labels';
import { formatDate } from '../format';
import { paths } from '../routes/paths';
import { Link } from './Link';
import { SeverityTag } from './SeverityTag';
import { ColumnHeader, Table } from './Table';
import { Tag } from './Tag';
import { ALERT_STATUS_COLOURS } from './tag-colours';

/**
 * Alerts as a table: severity, what happened, the council (across councils), and actions.
 * On a narrow screen each alert stacks as a card, each cell under its column's name, so
 * its action is in reach without scrolling sideways.
 */
export function AlertTable(props: {
  alerts: Alert[];
  caption: string;
  /** Names of the councils, to show the council column (DfE's view across councils). */
  councilNames?: Map<string, string>;
  canAcknowledge: boolean;
}) {
  const { alerts, caption, councilNames, canAcknowledge } = props;
  return (
    <Table
      label={caption}
      caption={caption}
      class="app-stacked-table app-alert-table"
      head={
        <>
          <ColumnHeader>Severity</ColumnHeader>
          {councilNames && <ColumnHeader>Council</ColumnHeader>}
          <ColumnHeader>Alert</ColumnHeader>
          <ColumnHeader>Period</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          {canAcknowledge && (
            <ColumnHeader>
              <span class="govuk-visually-hidden">Action</span>
            </ColumnHeader>
          )}
        </>
      }
    >
      {alerts.map((alert) => (
        <tr key={alert.id} class="govuk-table__row">
          <td class="govuk-table__cell" data-label="Severity">
            <SeverityTag severity={alert.severity} />
          </td>
          {councilNames && (
            <td class="govuk-table__cell" data-label="Council">
              <Link class="govuk-link" href={paths.council(alert.laCode)}>
                {councilNames.get(alert.laCode) ?? alert.laCode}
              </Link>
            </td>
          )}
          <td class="govuk-table__cell" data-label="Alert">
            <strong>{ALERT_RULE_NAMES[alert.rule]}</strong>
            <span class="app-cell-note">{alert.message}</span>
            {alert.status === 'acknowledged' && alert.acknowledgeNote && (
              <span class="app-cell-note">Acknowledged: {alert.acknowledgeNote}</span>
            )}
          </td>
          <td class="govuk-table__cell" data-label="Period">
            {periodName(alert.period)}
            <span class="app-cell-note">Raised {formatDate(alert.createdAt)}</span>
          </td>
          <td class="govuk-table__cell" data-label="Status">
            <Tag colour={ALERT_STATUS_COLOURS[alert.status]}>
              {alert.status.charAt(0).toUpperCase() + alert.status.slice(1)}
            </Tag>
          </td>
          {canAcknowledge && (
            <td class="govuk-table__cell">
              {alert.status === 'open' && (
                <Link
                  class="govuk-link"
                  href={paths.acknowledge(alert.laCode, alert.id, councilNames !== undefined)}
                >
                  Acknowledge
                  <span class="govuk-visually-hidden">
                    {' '}
                    the alert: {ALERT_RULE_NAMES[alert.rule]}, {periodName(alert.period)}
                  </span>
                </Link>
              )}
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}
