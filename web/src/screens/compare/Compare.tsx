import { getCompare } from '../../api/compare';
import { listCouncils } from '../../api/councils';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { readLaCodes } from '../../compare/compare-grid';
import { DEFAULT_MEASURE, isMeasure } from '../../compare/measures';
import { overviewPeriods } from '../../overview/period-choices';
import { seesAllCouncils } from '../../permissions';
import { todayInUk } from '../../returns/schedule';
import { useSearch } from '../../router';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { CompareForm, type CompareChoice } from './CompareForm';
import { CompareResults } from './CompareResults';

function readChoice(search: string, periods: string[]): CompareChoice {
  const query = new URLSearchParams(search);
  const measure = query.get('measure') ?? '';
  const period = (key: string) => {
    const value = query.get(key) ?? '';
    return periods.includes(value) ? value : '';
  };
  return {
    measure: isMeasure(measure) ? measure : DEFAULT_MEASURE,
    laCodes: readLaCodes(query.get('laCodes')),
    from: period('from'),
    to: period('to'),
  };
}

/** DfE compares councils on one measure from their returns: a chart and a table. */
export function Compare({ user }: { user: SessionUser }) {
  const search = useSearch();
  const periods = overviewPeriods(todayInUk(), 8);
  const choice = readChoice(search, periods);
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
        Compare a figure from councils’ submitted returns over time: finance, demand, or where
        children with EHCPs are placed.
      </p>
      <LoadState state={councils.state} what="the councils">
        {(list) => <CompareForm key={search} councils={list} choice={choice} periods={periods} />}
      </LoadState>
      {choice.laCodes.length > 0 && (
        <LoadState state={comparison.state} what="the comparison">
          {(result) => (result ? <CompareResults comparison={result} /> : null)}
        </LoadState>
      )}
    </>
  );
}
