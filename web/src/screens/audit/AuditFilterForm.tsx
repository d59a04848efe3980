import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AuditFilters } from '../../api/audit';
import { ActionForm, useFormErrors } from '../../components/ActionForm';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { auditDateProblems, auditFiltersSearch } from '../../audit/audit-filters';
import { AUDIT_ACTIONS, auditActionName } from '../../display/audit';
import { navigate } from '../../router';

/** Filters for the audit trail: who, what and which days, kept in the page's address. */
export function AuditFilterForm(props: {
  path: string;
  filters: AuditFilters;
  /** The people and actions the trail holds, to choose from. */
  people: readonly { value: string; label: string }[];
  actions: readonly string[];
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { path, filters, people, actions, onErrors } = props;
  const [actor, setActor] = useState(filters.actor ?? '');
  const [action, setAction] = useState(filters.action ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const errors = useFormErrors(onErrors);
  const withChosen = (list: readonly string[], chosen: string) =>
    chosen && !list.includes(chosen) ? [chosen, ...list] : [...list];
  const actionChoices = withChosen([...new Set([...AUDIT_ACTIONS, ...actions])], action).sort(
    (a, b) => auditActionName(a).localeCompare(auditActionName(b)),
  );
  return (
    <ActionForm
      class="app-filters"
      label="Filter the audit trail"
      submitLabel="Apply filters"
      secondary
      onSubmit={() => {
        const problems = auditDateProblems(from.trim(), to.trim());
        if (problems.length > 0) return errors.fail(problems);
        errors.clear();
        navigate(
          `${path}${auditFiltersSearch({ actor, action, from: from.trim(), to: to.trim() })}`,
          { replace: true },
        );
      }}
    >
      <Select
        id="audit-actor"
        label="Who"
        choices={[
          { value: '', label: 'Everyone' },
          ...(actor && !people.some((p) => p.value === actor)
            ? [{ value: actor, label: actor }]
            : []),
          ...people,
        ]}
        value={actor}
        onChange={setActor}
      />
      <Select
        id="audit-action"
        label="What"
        choices={[
          { value: '', label: 'Every change' },
          ...actionChoices.map((a) => ({ value: a, label: auditActionName(a) })),
        ]}
        value={action}
        onChange={setAction}
      />
      <TextInput
        id="audit-from"
        label="From"
        hint="For example, 2024-04-01"
        value={from}
        error={errors.error('audit-from')}
        onInput={setFrom}
        widthClass="govuk-input--width-10"
      />
      <TextInput
        id="audit-to"
        label="To"
        hint="For example, 2025-03-31"
        value={to}
        error={errors.error('audit-to')}
        onInput={setTo}
        widthClass="govuk-input--width-10"
      />
    </ActionForm>
  );
}
