import type { ComponentChildren } from 'preact';
import { overviewSearch, type OverviewQuery, type OverviewSort } from '../../api/overview';
import { Link } from '../../components/Link';
import { ColumnHeader } from '../../components/Table';
import { paths } from '../../routes/paths';

/** A column heading that orders the table by it, the way the API sorts (worst first). */
export function SortHeader(props: {
  query: OverviewQuery;
  period: string;
  sort: OverviewSort;
  numeric?: boolean;
  children: ComponentChildren;
}) {
  const { query, period, sort, numeric, children } = props;
  const current = (query.sort ?? 'name') === sort;
  const href = `${paths.overview()}?${overviewSearch({ ...query, period, sort })}`;
  return (
    <ColumnHeader
      numeric={numeric}
      sort={current ? (sort === 'name' ? 'ascending' : 'descending') : 'none'}
    >
      {current ? (
        children
      ) : (
        <Link class="govuk-link govuk-link--no-visited-state" href={href}>
          {children}
          <span class="govuk-visually-hidden"> (order by this)</span>
        </Link>
      )}
    </ColumnHeader>
  );
}
