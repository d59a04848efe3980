import { MEASURE_GROUPS } from '../../compare/measures';

/** The measure to compare, grouped by the return's sections. */
export function MeasureSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for="measure">
        Measure
      </label>
      <select
        class="govuk-select app-select--wide"
        id="measure"
        name="measure"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {MEASURE_GROUPS.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.measures.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
