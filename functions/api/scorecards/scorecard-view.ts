import type { ComparatorRecord } from '../../../shared/data/comparators/comparator-record';
import type {
  ScorecardMonthRecord,
  ScorecardRecord,
} from '../../../shared/data/scorecards/scorecard-record';
import { resolveMeasures, targetFor, trendOf } from '../../../shared/domain';
import type { Council } from '../../../shared/schemas/council';
import type { ComparatorValues, ScorecardView } from '../../../shared/schemas/scorecard';

/** The comparators of one measure and month as the council sees them: its region's, its neighbours'. */
export function comparatorsFor(
  record: ComparatorRecord | undefined,
  council: Pick<Council, 'laCode' | 'region'>,
): ComparatorValues {
  if (!record) return {};
  const region = council.region === undefined ? undefined : record.regions?.[council.region];
  const neighbours = record.statisticalNeighbours?.[council.laCode];
  return {
    ...(record.national === undefined ? {} : { national: record.national }),
    ...(region === undefined ? {} : { region }),
    ...(neighbours === undefined ? {} : { statisticalNeighbours: neighbours }),
  };
}

export function scorecardView(input: {
  council: Council;
  scorecard: ScorecardRecord;
  months: readonly ScorecardMonthRecord[];
  comparators: readonly ComparatorRecord[];
}): ScorecardView {
  const { council, scorecard, comparators } = input;
  const months = [...input.months].sort((a, b) => a.month.localeCompare(b.month));
  const published = new Map(comparators.map((c) => [`${c.key}#${c.month}`, c]));
  return {
    laCode: council.laCode,
    version: scorecard.version,
    months: months.map((m) => m.month),
    measures: resolveMeasures(scorecard.measures).map((measure) => {
      const series = months.flatMap((m) => {
        const entry = m.values.find((v) => v.key === measure.key);
        if (!entry) return [];
        const target = targetFor(measure.targets, m.month);
        return [
          {
            month: m.month,
            value: entry.value,
            ...(entry.note ? { note: entry.note } : {}),
            ...(target === undefined ? {} : { target }),
            comparators: comparatorsFor(published.get(`${measure.key}#${m.month}`), council),
          },
        ];
      });
      const last = series.at(-1);
      const target = last ? targetFor(measure.targets, last.month) : undefined;
      return {
        ...measure,
        ...(target === undefined ? {} : { target }),
        series,
        ...(last
          ? {
              latest: {
                month: last.month,
                value: last.value,
                ...(last.note ? { note: last.note } : {}),
              },
            }
          : {}),
        trend: trendOf(series, measure.better),
      };
    }),
    updatedAt: scorecard.updatedAt,
    updatedBy: scorecard.updatedBy,
  };
}
