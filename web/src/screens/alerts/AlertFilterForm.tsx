import { useState } from 'preact/hooks';
import type { AlertFilters } from '../../api/alerts';
import { ActionForm } from '../../components/ActionForm';
import { Select } from '../../components/Select';
import { ALERT_RULE_NAMES } from '../../display/labels';
import { alertFiltersSearch } from '../../alerts/alert-filters';
import { navigate } from '../../router';

/** Filters for a list of alerts: status, severity and (across councils) the rule and the council. */
export function AlertFilterForm(props: {
  path: string;
  filters: AlertFilters & { allStatuses: boolean; laCode?: string | undefined };
  showRule: boolean;
  /** Across councils: the councils to choose one from, by name. */
  councils?: readonly { laCode: string; name: string }[];
}) {
  const { path, filters, showRule, councils } = props;
  const [laCode, setLaCode] = useState<string>(filters.laCode ?? '');
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
        navigate(`${path}${alertFiltersSearch({ status, severity, rule, laCode })}`, {
          replace: true,
        })
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
      {councils && (
        <Select
          id="laCode"
          label="Council"
          choices={[
            { value: '', label: 'All councils' },
            // A council in the address that is not (yet) listed stays chosen.
            ...(laCode && !councils.some((c) => c.laCode === laCode)
              ? [{ value: laCode, label: laCode }]
              : []),
            ...[...councils]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((c) => ({ value: c.laCode, label: c.name })),
          ]}
          value={laCode}
          onChange={setLaCode}
        />
      )}
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
