import { latestDuePeriod } from '../../../../shared/domain/overview';
import { getOverview } from '../../api/overview';
import { LoadState } from '../../components/LoadState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/page-title';
import { periodName } from '../../display/labels';
import { readOverviewQuery } from '../../overview/overview-params';
import { overviewPeriods } from '../../overview/period-choices';
import { seesAllCouncils } from '../../permissions';
import { todayInUk } from '../../returns/schedule';
import { useSearch } from '../../router';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { CsvDownload } from './CsvDownload';
import { OverviewFigures } from './OverviewFigures';
import { OverviewFilters } from './OverviewFilters';
import { OverviewTable } from './OverviewTable';

/**
 * DfE's view across councils for one period: who has submitted, who is off trajectory
 * and by how much, open alerts and payments. The period defaults to the latest due.
 */
export function Overview({ user }: { user: SessionUser }) {
  const search = useSearch();
  const query = readOverviewQuery(search);
  const today = todayInUk();
  const period = query.period ?? latestDuePeriod(today);
  const { state } = useLoad((signal) => getOverview({ ...query, period }, signal), [search]);
  usePageTitle(`Overview for ${periodName(period)}`, { error: state.status === 'failed' });
  if (!seesAllCouncils(user)) {
    return <p class="govuk-body">The overview across councils is for DfE.</p>;
  }
  return (
    <>
      <span class="govuk-caption-l">All councils</span>
      <h1 class="govuk-heading-l">Overview for {periodName(period)}</h1>
      <OverviewFilters
        key={search}
        query={query}
        period={period}
        periods={overviewPeriods(today)}
      />
      <LoadState state={state} what="the overview">
        {({ items }) => (
          <>
            <StatusMessage>
              {items.length === 1 ? '1 council' : `${items.length} councils`}
            </StatusMessage>
            {items.length > 0 && <OverviewFigures rows={items} />}
            {items.length === 0 ? (
              <p class="govuk-body">No councils match these filters.</p>
            ) : (
              <>
                <OverviewTable rows={items} query={query} period={period} />
                <CsvDownload query={query} period={period} />
              </>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
