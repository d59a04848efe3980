import { listReturnsReadyForSignOff } from '../../api/returns';
import { Link } from '../../components/Link';
import { NotificationBanner } from '../../components/NotificationBanner';
import { periodName } from '../../display/labels';
import { formatDate } from '../../format';
import { paths } from '../../routes/paths';
import { useLoad } from '../../use-load';

/** For approvers: the returns an editor has sent them to sign off and submit. */
export function AwaitingSignOff({ laCode }: { laCode: string }) {
  const { state } = useLoad((signal) => listReturnsReadyForSignOff(laCode, signal), [laCode]);
  if (state.status !== 'loaded' || state.value.length === 0) return null;
  const waiting = state.value;
  return (
    <NotificationBanner
      heading={
        waiting.length === 1
          ? 'A return is waiting for your sign-off'
          : `${waiting.length} returns are waiting for your sign-off`
      }
    >
      <ul class="govuk-list" data-testid="awaiting-sign-off">
        {waiting.map((row) => (
          <li key={row.period}>
            <Link
              class="govuk-notification-banner__link"
              href={paths.returnCheck(laCode, row.period)}
            >
              Check and sign off the return for {periodName(row.period)}
            </Link>
            {row.readyForSignOff &&
              `, sent by ${row.readyForSignOff.by.name ?? row.readyForSignOff.by.sub} on ${formatDate(row.readyForSignOff.at)}`}
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
