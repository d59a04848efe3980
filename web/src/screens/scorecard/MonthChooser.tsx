import { useState } from 'preact/hooks';
import { Select } from '../../components/Select';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import { enterableMonths, formatMonth } from '../../scorecard/format';

/** Which month's figures to enter: this month or one of the two years before. */
export function MonthChooser({ laCode }: { laCode: string }) {
  const months = enterableMonths(new Date());
  const [month, setMonth] = useState(months[1] ?? months[0] ?? '');
  return (
    <form
      noValidate
      class="app-filters"
      aria-label="Enter a month’s figures"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(paths.scorecardMonth(laCode, month));
      }}
    >
      <div class="app-filters__row">
        <Select
          id="month"
          label="Enter or change the figures for"
          labelClass="govuk-label--s"
          choices={months.map((m) => ({ value: m, label: formatMonth(m) }))}
          value={month}
          onChange={setMonth}
        />
        <div class="govuk-form-group">
          <button type="submit" class="govuk-button govuk-!-margin-bottom-0">
            Enter figures
          </button>
        </div>
      </div>
    </form>
  );
}
