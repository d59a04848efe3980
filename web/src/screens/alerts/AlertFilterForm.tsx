import { useState } from 'preact/hooks';
import type { AlertFilters } from '../../api/alerts';
import { ActionForm } from '../../components/ActionForm';
import { Select } from '../../components/Select';
import { ALERT_RULE_NAMES } from '../../display/labels';
import { alertFiltersSearch } from '../../alerts/alert-filters';
import { navigate } from '../../router';

/** Filters for a list of alerts: status, severity and (across councils) the rule. */
export function AlertFilterForm(props: {
  path: string;
  filters: AlertFilters & { allStatuses: boolean };
  showRule: boolean;
}) {
  const { path, filters, showRule } = props;
  const [status, setStatus] = useState(filters.allStatuses ? 'all' : (filters.status ?? 'open'));
  const [severity, setSeverity] = useState<string>(filters.severity ?? '');
  const [rule, setRule] = useState<string>(filters.rule ?? '');
  return (
    <ActionForm
      class="app-filters"
      label="Filter alerts"
      submitLabel="Apply filters"
      secondary
      onSubmit={() =>
        navigate(`${path}${alertFiltersSearch({ status, severity, rule })}`, { replace: true })
      }
    >
      <Select
        id="status"
        label="Status"
        choices={[
          { value: 'open', label: 'Open' },
          { value: 'acknowledged', label: 'Acknowledged' },
          { value: 'resolved', label: 'Resolved' },
          { value: 'all', label: 'All' },
        ]}
        value={status}
        onChange={setStatus}
      />
      <Select
        id="severity"
        label="Severity"
        choices={[
          { value: '', label: 'Red and amber' },
          { value: 'red', label: 'Red' },
          { value: 'amber', label: 'Amber' },
        ]}
        value={severity}
        onChange={setSeverity}
      />
      {showRule && (
        <Select
          id="rule"
          label="Type"
          choices={[
            { value: '', label: 'All types' },
            ...Object.entries(ALERT_RULE_NAMES).map(([value, label]) => ({ value, label })),
          ]}
          value={rule}
          onChange={setRule}
        />
      )}
    </ActionForm>
  );
}
