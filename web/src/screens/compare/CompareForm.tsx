import { useState } from 'preact/hooks';
import type { Council } from '../../api/councils';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { periodName } from '../../display/labels';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import { isScorecardMeasure } from '../../compare/measures';
import { formatMonth } from '../../scorecard/format';
import { MeasureSelect } from './MeasureSelect';

export interface CompareChoice {
  measure: string;
  laCodes: string[];
  from: string;
  to: string;
}

/** Which councils and which measure to compare, and over which periods. */
export function CompareForm(props: {
  councils: Council[];
  choice: CompareChoice;
  periods: string[];
  /** The months a scorecard measure can be compared over, newest first. */
  months: string[];
}) {
  const { councils, periods, months } = props;
  const [measure, setMeasure] = useState(props.choice.measure);
  const [laCodes, setLaCodes] = useState(props.choice.laCodes);
  const [from, setFrom] = useState(props.choice.from);
  const [to, setTo] = useState(props.choice.to);
  const [neighboursOf, setNeighboursOf] = useState(
    props.choice.laCodes[0] ?? councils[0]?.laCode ?? '',
  );
  const [error, setError] = useState<string | undefined>();
  const monthly = isScorecardMeasure(measure);
  const [attempt, setAttempt] = useState(0);

  const neighbours = () => {
    const council = councils.find((c) => c.laCode === neighboursOf);
    if (!council) return;
    const known = new Set(councils.map((c) => c.laCode));
    setLaCodes([
      council.laCode,
      ...(council.statisticalNeighbours ?? []).filter((c) => known.has(c)),
    ]);
    setError(undefined);
  };

  return (
    <>
      {error && (
        <ErrorSummary
          key={attempt}
          errors={[{ path: 'laCodes', message: error, href: '#laCodes' }]}
        />
      )}
      <form
        noValidate
        class="app-filters"
        aria-label="Choose what to compare"
        onSubmit={(event) => {
          event.preventDefault();
          if (laCodes.length === 0) {
            setError('Select at least one council to compare');
            setAttempt((n) => n + 1);
            return;
          }
          if (laCodes.length > 20) {
            setError('Select at most 20 councils');
            setAttempt((n) => n + 1);
            return;
          }
          setError(undefined);
          const query = new URLSearchParams({ measure, laCodes: laCodes.join(',') });
          if (from) query.set('from', from);
          if (to) query.set('to', to);
          navigate(`${paths.compare()}?${query}`, { replace: true });
        }}
      >
        <MeasureSelect
          value={measure}
          onChange={(value) => {
            // Periods and months do not mix: a change between the two clears the range.
            if (isScorecardMeasure(value) !== isScorecardMeasure(measure)) {
              setFrom('');
              setTo('');
            }
            setMeasure(value);
          }}
        />
        <div class="app-filters__row">
          <Select
            id="neighboursOf"
            label="Statistical neighbours of"
            choices={councils.map((c) => ({ value: c.laCode, label: c.name }))}
            value={neighboursOf}
            onChange={setNeighboursOf}
          />
          <div class="govuk-form-group">
            <button
              type="button"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={neighbours}
            >
              Select these councils
            </button>
          </div>
        </div>
        <Checkboxes
          id="laCodes"
          legend="Councils"
          hint="Select up to 20."
          error={error}
          choices={councils.map((c) => ({ value: c.laCode, label: c.name }))}
          values={laCodes}
          onChange={setLaCodes}
          small
        />
        <div class="app-filters__row">
          <Select
            id="from"
            label="From"
            choices={
              monthly
                ? [
                    { value: '', label: 'The first month' },
                    ...[...months].reverse().map((m) => ({ value: m, label: formatMonth(m) })),
                  ]
                : [
                    { value: '', label: 'The first return' },
                    ...[...periods].reverse().map((p) => ({ value: p, label: periodName(p) })),
                  ]
            }
            value={from}
            onChange={setFrom}
          />
          <Select
            id="to"
            label="To"
            choices={
              monthly
                ? [
                    { value: '', label: 'The latest month' },
                    ...months.map((m) => ({ value: m, label: formatMonth(m) })),
                  ]
                : [
                    { value: '', label: 'The latest return' },
                    ...periods.map((p) => ({ value: p, label: periodName(p) })),
                  ]
            }
            value={to}
            onChange={setTo}
          />
          <div class="govuk-form-group">
            <button type="submit" class="govuk-button govuk-!-margin-bottom-0">
              Compare
            </button>
          </div>
        </div>
      </form>
    </>
  );
}
