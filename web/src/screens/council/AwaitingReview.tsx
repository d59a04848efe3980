import { Link } from '../../components/Link';
import { NotificationBanner } from '../../components/NotificationBanner';
import { periodName } from '../../display/labels';
import { formatDate } from '../../format';
import type { ScheduleRow } from '../../returns/schedule';
import { paths } from '../../routes/paths';

/** For DfE: the council's submitted returns still waiting for a review. */
export function AwaitingReview({ laCode, rows }: { laCode: string; rows: ScheduleRow[] }) {
  const waiting = rows.filter((row) => row.status === 'submitted');
  if (waiting.length === 0) return null;
  return (
    <NotificationBanner
      heading={
        waiting.length === 1
          ? 'A return is waiting for review'
          : `${waiting.length} returns are waiting for review`
      }
    >
      <ul class="govuk-list">
        {waiting.map((row) => (
          <li key={row.period}>
            <Link
              class="govuk-notification-banner__link"
              href={paths.returnReview(laCode, row.period)}
            >
              Review the return for {periodName(row.period)}
            </Link>
            {row.submittedAt && `, submitted ${formatDate(row.submittedAt)}`}
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
