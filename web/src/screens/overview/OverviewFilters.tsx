import { useState } from 'preact/hooks';
import { overviewSearch, type OverviewQuery } from '../../api/overview';
import { ActionForm } from '../../components/ActionForm';
import { Select } from '../../components/Select';
import { periodName } from '../../display/labels';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';

/** The overview's period, filters and order, applied by changing the page's address. */
export function OverviewFilters(props: {
  query: OverviewQuery;
  period: string;
  periods: string[];
}) {
  const { query, period: shownPeriod, periods } = props;
  const [period, setPeriod] = useState(shownPeriod);
  const [programme, setProgramme] = useState<string>(query.programme ?? '');
  const [returnStatus, setReturnStatus] = useState<string>(query.returnStatus ?? '');
  const [severity, setSeverity] = useState<string>(query.severity ?? '');
  const [sort, setSort] = useState<string>(query.sort ?? 'name');
  const choices = periods.includes(shownPeriod) ? periods : [shownPeriod, ...periods];
  return (
    <ActionForm
      class="app-filters"
      label="Choose the period and filter the councils"
      submitLabel="Show councils"
      secondary
      onSubmit={() => {
        const search = overviewSearch({
          period,
          ...(sort !== 'name' ? { sort: sort as OverviewQuery['sort'] } : {}),
          ...(programme ? { programme: programme as OverviewQuery['programme'] } : {}),
          ...(returnStatus ? { returnStatus: returnStatus as OverviewQuery['returnStatus'] } : {}),
          ...(severity ? { severity: severity as OverviewQuery['severity'] } : {}),
        });
        navigate(`${paths.overview()}?${search}`, { replace: true });
      }}
    >
      <Select
        id="period"
        label="Period"
        choices={choices.map((p) => ({ value: p, label: periodName(p) }))}
        value={period}
        onChange={setPeriod}
      />
      <Select
        id="programme"
        label="Programme"
        choices={[
          { value: '', label: 'All programmes' },
          { value: 'safety-valve', label: 'Safety Valve' },
          { value: 'dbv', label: 'Delivering Better Value' },
        ]}
        value={programme}
        onChange={setProgramme}
      />
      <Select
        id="returnStatus"
        label="Return"
        choices={[
          { value: '', label: 'Any status' },
          { value: 'missing', label: 'Not started' },
          { value: 'draft', label: 'Draft' },
          { value: 'submitted', label: 'Submitted' },
          { value: 'returned', label: 'Returned' },
          { value: 'accepted', label: 'Accepted' },
        ]}
        value={returnStatus}
        onChange={setReturnStatus}
      />
      <Select
        id="severity"
        label="Open alerts"
        choices={[
          { value: '', label: 'Any' },
          { value: 'red', label: 'Red alerts' },
          { value: 'amber', label: 'Amber alerts' },
        ]}
        value={severity}
        onChange={setSeverity}
      />
      <Select
        id="sort"
        label="Order by"
        choices={[
          { value: 'name', label: 'Council name' },
          { value: 'variance', label: 'Variance (£m), worst first' },
          { value: 'variancePct', label: 'Variance (%), worst first' },
          { value: 'late', label: 'Late returns first' },
        ]}
        value={sort}
        onChange={setSort}
      />
    </ActionForm>
  );
}
