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
import { FileDownloads } from '../../components/FileDownloads';
import { overviewFiles } from '../../api/files';
import { OverviewFigures } from './OverviewFigures';
import { OverviewFilters } from './OverviewFilters';
import { OverviewTable } from './OverviewTable';

/**
 * DfE's view across councils for one period: who has submitted, who is off trajectory
 * and by how much, open alerts and payments. Without a period asked for, the API opens
 * on the latest quarter that has returns; every council's latest known position shows
 * whatever the period.
 */
export function Overview({ user }: { user: SessionUser }) {
  const search = useSearch();
  const query = readOverviewQuery(search);
  const today = todayInUk();
  const { state } = useLoad((signal) => getOverview(query, signal), [search]);
  const period = query.period ?? (state.status === 'loaded' ? state.value.period : undefined);
  usePageTitle(period ? `Overview for ${periodName(period)}` : 'Overview', {
    error: state.status === 'failed',
  });
  if (!seesAllCouncils(user)) {
    return <p class="govuk-body">The overview across councils is for DfE.</p>;
  }
  return (
    <>
      <span class="govuk-caption-l">All councils</span>
      <h1 class="govuk-heading-l">{period ? `Overview for ${periodName(period)}` : 'Overview'}</h1>
      {period && (
        <OverviewFilters
          key={`${search}#${period}`}
          query={query}
          period={period}
          periods={overviewPeriods(today)}
        />
      )}
      <LoadState state={state} what="the overview">
        {({ items, period }) => (
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
                <FileDownloads files={overviewFiles({ ...query, period })} />
              </>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
