import type { Principal } from '../../../shared/auth';
import { loadReturnComparison } from '../../../shared/data/returns/load-return-comparison';
import {
  baselineValue,
  comparePeriods,
  compareSeries,
  latestDuePeriod,
  measureUnit,
  periodEnd,
  utcDateOf,
  type ComparePoint,
  type MeasureUnit,
} from '../../../shared/domain';
import type { AppDeps } from '../env';

export type ReturnComparison =
  | { kind: 'from-after-to' }
  | {
      kind: 'comparison';
      comparison: {
        measure: string;
        unit: MeasureUnit;
        from: string;
        to: string;
        series: {
          laCode: string;
          name: string;
          points: ComparePoint[];
          baseline?: { asAt: string; source: string; value: number };
        }[];
      };
    };

/**
 * One return measure across councils, a point per submitted return in the range, with
 * the agreement's plan alongside for finance and its baseline where it has one. Without
 * a range, from the first to the last period any of the councils submitted. A constant
 * number of DynamoDB calls whatever the councils (see loadReturnComparison); councils
 * that do not exist are left out.
 */
export async function compareReturnMeasure(
  deps: AppDeps,
  _principal: Principal,
  request: { measure: string; laCodes: readonly string[]; from?: string; to?: string },
): Promise<ReturnComparison> {
  const { measure } = request;
  const found = await loadReturnComparison(deps.store, request.laCodes);
  const periods = found.flatMap((x) => x.returns.map((r) => r.period)).sort(comparePeriods);
  const today = utcDateOf(deps.now().toISOString());
  const to = request.to ?? periods.at(-1) ?? latestDuePeriod(today);
  const from = request.from ?? periods[0] ?? to;
  if (periodEnd(from) > periodEnd(to)) return { kind: 'from-after-to' };
  return {
    kind: 'comparison',
    comparison: {
      measure,
      unit: measureUnit(measure),
      from,
      to,
      series: found
        .sort((a, b) => a.council.name.localeCompare(b.council.name))
        .map(({ council, agreement, returns }) => {
          const baseline = agreement?.baseline;
          const value = baseline && baselineValue(baseline, measure);
          return {
            laCode: council.laCode,
            name: council.name,
            points: compareSeries(measure, returns, agreement, { from, to }),
            ...(baseline && value !== undefined
              ? { baseline: { asAt: baseline.asAt, source: baseline.source, value } }
              : {}),
          };
        }),
    },
  };
}
