import { Link } from '../../components/Link';
import { NotificationBanner } from '../../components/NotificationBanner';
import { periodName } from '../../display/labels';
import { formatDate } from '../../format';
import type { ScheduleRow } from '../../returns/schedule';
import { paths } from '../../routes/paths';

/** What the council owes DfE: returns due and not yet submitted, earliest first. */
export function OwedReturns({
  laCode,
  owed,
  canEdit,
}: {
  laCode: string;
  owed: ScheduleRow[];
  canEdit: boolean;
}) {
  if (owed.length === 0) return null;
  const earliestFirst = [...owed].reverse();
  const heading = owed.length === 1 ? 'A return is due' : `${owed.length} returns are due`;
  return (
    <NotificationBanner heading={heading}>
      <ul class="govuk-list govuk-list--bullet">
        {earliestFirst.map((row) => (
          <li key={row.period}>
            {canEdit ? (
              <Link
                class="govuk-notification-banner__link"
                href={paths.returnPage(laCode, row.period)}
              >
                {periodName(row.period)}
              </Link>
            ) : (
              periodName(row.period)
            )}
            {row.late ? ', overdue since ' : ', due '}
            {formatDate(row.dueOn)}
            {row.status === 'returned' && ' (returned by DfE)'}
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
