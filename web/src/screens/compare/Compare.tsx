import { getCompare } from '../../api/compare';
import { listCouncils } from '../../api/councils';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { readLaCodes } from '../../compare/compare-grid';
import { DEFAULT_MEASURE, isMeasure, isScorecardMeasure } from '../../compare/measures';
import { enterableMonths } from '../../scorecard/format';
import { overviewPeriods } from '../../overview/period-choices';
import { seesAllCouncils } from '../../permissions';
import { todayInUk } from '../../returns/schedule';
import { useSearch } from '../../router';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { CompareForm, type CompareChoice } from './CompareForm';
import { CompareResults } from './CompareResults';

function readChoice(search: string, periods: string[], months: string[]): CompareChoice {
  const query = new URLSearchParams(search);
  const asked = query.get('measure') ?? '';
  const measure = isMeasure(asked) ? asked : DEFAULT_MEASURE;
  // A scorecard measure runs by month; a return measure by reporting period.
  const range = isScorecardMeasure(measure) ? months : periods;
  const period = (key: string) => {
    const value = query.get(key) ?? '';
    return range.includes(value) ? value : '';
  };
  return {
    measure,
    laCodes: readLaCodes(query.get('laCodes')),
    from: period('from'),
    to: period('to'),
  };
}

/** DfE compares councils on one measure from their returns: a chart and a table. */
export function Compare({ user }: { user: SessionUser }) {
  const search = useSearch();
  const periods = overviewPeriods(todayInUk(), 8);
  const months = enterableMonths(new Date());
  const choice = readChoice(search, periods, months);
  const councils = useLoad(async (signal) => {
    const all = await listCouncils(signal);
    return all.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, []);
  const comparison = useLoad(
    async (signal) =>
      choice.laCodes.length === 0
        ? null
        : getCompare(
            {
              measure: choice.measure,
              laCodes: choice.laCodes,
              ...(choice.from ? { from: choice.from } : {}),
              ...(choice.to ? { to: choice.to } : {}),
            },
            signal,
          ),
    [search],
  );
  usePageTitle('Compare councils', {
    error: councils.state.status === 'failed' || comparison.state.status === 'failed',
  });
  if (!seesAllCouncils(user)) {
    return <p class="govuk-body">Comparing councils is for DfE.</p>;
  }
  return (
    <>
      <h1 class="govuk-heading-l">Compare councils</h1>
      <p class="govuk-body">
        Compare a figure from councils’ submitted returns over time (finance, demand, or where
        children with EHCPs are placed), or a measure from their monthly scorecards beside the
        national figure.
      </p>
      <LoadState state={councils.state} what="the councils">
        {(list) => (
          <CompareForm
            key={search}
            councils={list}
            choice={choice}
            periods={periods}
            months={months}
          />
        )}
      </LoadState>
      {choice.laCodes.length > 0 && (
        <LoadState state={comparison.state} what="the comparison">
          {(result) => (result ? <CompareResults comparison={result} /> : null)}
        </LoadState>
      )}
    </>
  );
}
