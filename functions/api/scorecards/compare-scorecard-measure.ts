import type { Principal } from '../../../shared/auth';
import { loadScorecardComparison } from '../../../shared/data/scorecards/load-scorecard-comparison';
import {
  catalogueMeasure,
  compareMonths,
  monthEnd,
  resolveMeasures,
  targetFor,
  type ScorecardUnit,
} from '../../../shared/domain';
import type { AppDeps } from '../env';

export const SCORECARD_MEASURE_PREFIX = 'scorecard:';

// Without a range, every month there is.
const EARLIEST = '0000-01';
const LATEST = '9999-12';

export type ScorecardComparison =
  | { kind: 'unknown-measure' }
  | {
      kind: 'comparison';
      comparison: {
        measure: string;
        title: string;
        unit: ScorecardUnit;
        from: string;
        to: string;
        series: {
          laCode: string;
          name: string;
          points: { period: string; periodEnd: string; value: number; planned?: number }[];
        }[];
        national: { period: string; periodEnd: string; value: number }[];
      };
    };

/**
 * One scorecard measure across councils, month by month, each council's target as its
 * plan and the national comparator alongside. A constant number of queries whatever the
 * number of councils (see loadScorecardComparison). A measure neither in the catalogue
 * nor on any council's scorecard is unknown.
 */
export async function compareScorecardMeasure(
  deps: AppDeps,
  _principal: Principal,
  request: { measureKey: string; laCodes: readonly string[]; from?: string; to?: string },
): Promise<ScorecardComparison> {
  const { measureKey, laCodes } = request;
  const data = await loadScorecardComparison(deps.store, measureKey, {
    from: request.from ?? EARLIEST,
    to: request.to ?? LATEST,
  });
  const wanted = new Set(laCodes);
  const measures = new Map(
    data.scorecards
      .filter((s) => wanted.has(s.laCode))
      .flatMap((s) =>
        resolveMeasures(s.measures)
          .filter((m) => m.key === measureKey)
          .map((m) => [s.laCode, m] as const),
      ),
  );
  const standard = catalogueMeasure(measureKey);
  const definition = standard ?? [...measures.values()][0];
  if (!definition) return { kind: 'unknown-measure' };

  // Only the months in which a wanted council reported this measure.
  const months = data.months.filter(
    (m) => wanted.has(m.laCode) && m.values.some((v) => v.key === measureKey),
  );
  const national = data.comparators
    .filter((c) => c.national !== undefined)
    .map((c) => ({ period: c.month, periodEnd: monthEnd(c.month), value: c.national ?? 0 }))
    .sort((a, b) => compareMonths(a.period, b.period));
  const seen = [...months.map((m) => m.month), ...national.map((n) => n.period)].sort(
    compareMonths,
  );
  const to = request.to ?? seen.at(-1) ?? request.from ?? EARLIEST;
  const from = request.from ?? seen[0] ?? to;

  const series = data.councils
    .filter((c) => wanted.has(c.laCode))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((council) => {
      const measure = measures.get(council.laCode);
      const points = months
        .filter((m) => m.laCode === council.laCode)
        .flatMap((m) => {
          const entry = m.values.find((v) => v.key === measureKey);
          if (!entry) return [];
          const planned = measure ? targetFor(measure.targets, m.month) : undefined;
          return [
            {
              period: m.month,
              periodEnd: monthEnd(m.month),
              value: entry.value,
              ...(planned === undefined ? {} : { planned }),
            },
          ];
        })
        .sort((a, b) => compareMonths(a.period, b.period));
      return { laCode: council.laCode, name: council.name, points };
    });
  return {
    kind: 'comparison',
    comparison: {
      measure: `${SCORECARD_MEASURE_PREFIX}${measureKey}`,
      title: definition.title,
      unit: definition.unit,
      from,
      to,
      series,
      national,
    },
  };
}
