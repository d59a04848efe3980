import { readOnce } from '../../shared/data/batch-reads';
import { getScorecard } from '../../shared/data/scorecards/get-scorecard';
import { listScorecardMonths } from '../../shared/data/scorecards/list-scorecard-months';
import type { ScorecardMonthRecord } from '../../shared/data/scorecards/scorecard-record';
import {
  evaluateKpiOffTarget,
  monthFinancialYear,
  monthsInFinancialYear,
  resolveMeasures,
} from '../../shared/domain';
import { applyOutcomes, type AlertingDeps } from '../../shared/alerts/apply-outcomes';
import type { Change } from './change';

/**
 * A month's scorecard figures were saved: `kpi-off-target` runs for each measure the
 * save touched (before or after), over all the council's months, once per financial year.
 */
export async function onScorecardMonthSaved(change: Change, deps: AlertingDeps): Promise<void> {
  const after = change.after as unknown as ScorecardMonthRecord | undefined;
  if (!after) return;
  const before = change.before as unknown as ScorecardMonthRecord | undefined;
  const touched = new Set([...(before?.values ?? []), ...after.values].map((v) => v.key));
  await evaluateScorecard(deps, after.laCode, touched);
}

/** The scorecard's measures or targets changed: every measure is judged again. */
export async function onScorecardSaved(change: Change, deps: AlertingDeps): Promise<void> {
  const laCode = change.after?.laCode;
  if (typeof laCode !== 'string') return;
  await evaluateScorecard(deps, laCode);
}

async function evaluateScorecard(
  deps: AlertingDeps,
  laCode: string,
  only?: ReadonlySet<string>,
): Promise<void> {
  const [scorecard, months] = await Promise.all([
    readOnce(deps.reads, `scorecard ${laCode}`, () => getScorecard(deps.store, laCode)),
    readOnce(deps.reads, `scorecard months ${laCode}`, () =>
      listScorecardMonths(deps.store, laCode),
    ),
  ]);
  if (!scorecard) return;
  const outcomes = resolveMeasures(scorecard.measures)
    .filter((measure) => !only || only.has(measure.key))
    .flatMap((measure) => {
      const values = months.flatMap((m) =>
        m.values
          .filter((v) => v.key === measure.key)
          .map((v) => ({ month: m.month, value: v.value })),
      );
      // One alert per financial year, each judged on that year's latest month (with the
      // months before it, so a run off target can cross a year end).
      const years = [...new Set(values.map((v) => monthFinancialYear(v.month)))];
      return years.map((year) => {
        const last = monthsInFinancialYear(year).at(-1) ?? '';
        return evaluateKpiOffTarget({ measure, values: values.filter((v) => v.month <= last) });
      });
    });
  await applyOutcomes(deps, laCode, outcomes);
}
