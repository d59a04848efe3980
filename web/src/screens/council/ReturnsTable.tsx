import { Link } from '../../components/Link';
import { ReturnStatusTag } from '../../components/ReturnStatusTag';
import { ColumnHeader, Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { periodName } from '../../display/labels';
import { formatDate } from '../../format';
import { canEditReturns, canReview } from '../../permissions';
import type { ScheduleRow } from '../../returns/schedule';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';

/** The council's returns, one row per period so far, with what the user can do next. */
export function ReturnsTable({
  laCode,
  rows,
  user,
}: {
  laCode: string;
  rows: ScheduleRow[];
  user: SessionUser;
}) {
  if (rows.length === 0) {
    return <p class="govuk-body">The agreement’s first reporting period has not started yet.</p>;
  }
  return (
    <Table
      label="Returns"
      caption="Returns by period"
      head={
        <>
          <ColumnHeader>Period</ColumnHeader>
          <ColumnHeader>Due</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          <ColumnHeader>
            <span class="govuk-visually-hidden">Action</span>
          </ColumnHeader>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.period} class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            {periodName(row.period)}
          </th>
          <td class="govuk-table__cell">{formatDate(row.dueOn)}</td>
          <td class="govuk-table__cell">
            <span class="app-tags">
              <ReturnStatusTag status={row.status} />
              {row.late && <Tag colour="red">Late</Tag>}
              {row.inProgress && row.status === 'not-started' && (
                <Tag colour="grey">Period in progress</Tag>
              )}
            </span>
          </td>
          <td class="govuk-table__cell">
            <ReturnAction laCode={laCode} row={row} user={user} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function ReturnAction({
  laCode,
  row,
  user,
}: {
  laCode: string;
  row: ScheduleRow;
  user: SessionUser;
}) {
  const editable =
    row.status === 'not-started' || row.status === 'draft' || row.status === 'returned';
  let text: string;
  if (canEditReturns(user) && editable) {
    text = row.status === 'not-started' ? 'Start' : 'Continue';
  } else if (row.status === 'not-started') {
    return null;
  } else if (canReview(user) && row.status === 'submitted') {
    text = 'Review';
  } else {
    text = 'View';
  }
  return (
    <Link class="govuk-link" href={paths.returnPage(laCode, row.period)}>
      {text}
      <span class="govuk-visually-hidden"> the return for {periodName(row.period)}</span>
    </Link>
  );
}
