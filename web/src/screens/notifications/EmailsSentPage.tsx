import { listOutbox } from '../../api/notifications';
import { ColumnHeader, Table } from '../../components/Table';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { NOTIFICATION_EVENT_NAMES } from '../../display/notification-events';
import { formatDateTime } from '../../format';
import { useLoad } from '../../use-load';

/**
 * The emails the local runner kept instead of sending (its outbox), newest first. In AWS
 * GOV.UK Notify sends them and there is no outbox: the page says so.
 */
export function EmailsSentPage() {
  const { state } = useLoad((signal) => listOutbox(signal), []);
  usePageTitle('Emails sent', { error: state.status === 'failed' });
  return (
    <>
      <h1 class="govuk-heading-l">Emails sent</h1>
      <LoadState state={state} what="the emails sent">
        {(messages) =>
          messages === null ? (
            <p class="govuk-body">
              Emails are sent by GOV.UK Notify here: its own site lists what was sent.
            </p>
          ) : messages.length === 0 ? (
            <p class="govuk-body">
              No emails yet. On this computer emails are kept here instead of being sent.
            </p>
          ) : (
            <>
              <p class="govuk-body">
                On this computer emails are kept here instead of being sent: the newest first.
              </p>
              <Table
                label="Emails sent"
                caption="Emails sent, newest first"
                head={
                  <>
                    <ColumnHeader>Sent</ColumnHeader>
                    <ColumnHeader>To</ColumnHeader>
                    <ColumnHeader>Why</ColumnHeader>
                    <ColumnHeader>Email</ColumnHeader>
                  </>
                }
              >
                {messages.map((m) => (
                  <tr key={m.id} class="govuk-table__row">
                    <td class="govuk-table__cell">{formatDateTime(m.at)}</td>
                    <td class="govuk-table__cell govuk-!-text-break-word">{m.to}</td>
                    <td class="govuk-table__cell">{NOTIFICATION_EVENT_NAMES[m.event]}</td>
                    <td class="govuk-table__cell">
                      <strong>{m.heading}</strong>
                      {m.body.split('\n\n').map((paragraph, i) => (
                        <p
                          key={i}
                          class="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0"
                        >
                          {paragraph}
                        </p>
                      ))}
                    </td>
                  </tr>
                ))}
              </Table>
            </>
          )
        }
      </LoadState>
    </>
  );
}
