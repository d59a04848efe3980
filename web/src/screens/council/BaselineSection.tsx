import {
  baselineBeside,
  formatCount,
  formatMillions,
  formatLongDate,
} from '../../../../shared/domain';
import type { Baseline } from '../../../../shared/schemas/agreement';
import { ColumnHeader, Table } from '../../components/Table';
import { formatPct } from '../../display/money';
import { periodName } from '../../display/labels';

export interface LatestPlacements {
  period: string;
  ehcpsTotal?: number | undefined;
  placements?: Record<string, number | undefined> | undefined;
}

const count = (n: number | undefined) => (n === undefined ? 'Not given' : formatCount(n));
const share = (n: number | undefined) => (n === undefined ? 'Not given' : formatPct(n));

/**
 * Where the plan started from beside where the council is now: EHCPs, the share in
 * mainstream schools and independent or non-maintained special (INMSS) placements, from
 * the agreement's baseline and the latest submitted return.
 */
export function BaselineSection({
  baseline,
  latest,
}: {
  baseline: Baseline;
  latest: LatestPlacements | undefined;
}) {
  const beside = baselineBeside(baseline, latest ?? { period: '' });
  const now = latest ? `Now (${periodName(latest.period)})` : 'Now';
  const change = beside.inmss.change;
  return (
    <>
      <p class="govuk-body">
        The baseline at {formatLongDate(baseline.asAt)}. Source: {baseline.source}.
        {!latest && ' No return has been submitted yet to set beside it.'}
      </p>
      <Table
        label="Baseline and latest placements"
        caption="Baseline beside the latest return"
        captionSize="s"
        class="app-table--numeric"
        head={
          <>
            <ColumnHeader>Measure</ColumnHeader>
            <ColumnHeader numeric>Baseline</ColumnHeader>
            <ColumnHeader numeric>{now}</ColumnHeader>
            <ColumnHeader numeric>Change</ColumnHeader>
          </>
        }
      >
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            EHCPs maintained
          </th>
          <td class="govuk-table__cell govuk-table__cell--numeric">{count(beside.ehcps.then)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{count(beside.ehcps.now)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {beside.ehcps.now === undefined ? '' : signed(beside.ehcps.now - beside.ehcps.then)}
          </td>
        </tr>
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            Share of EHCPs in mainstream schools
          </th>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {share(beside.mainstreamPct.then)}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {share(beside.mainstreamPct.now)}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {beside.mainstreamPct.then !== undefined && beside.mainstreamPct.now !== undefined
              ? `${signed(Math.round((beside.mainstreamPct.now - beside.mainstreamPct.then) * 10) / 10)} points`
              : ''}
          </td>
        </tr>
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            Independent or non-maintained special school placements (INMSS)
          </th>
          <td class="govuk-table__cell govuk-table__cell--numeric">{count(beside.inmss.then)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{count(beside.inmss.now)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {change === undefined ? '' : signed(change)}
          </td>
        </tr>
        {baseline.expenditure &&
          Object.entries(baseline.expenditure).map(([setting, pounds]) =>
            pounds === undefined ? null : (
              <tr key={setting} class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  Spend at the baseline: {SETTING_NAMES[setting] ?? setting}
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {formatMillions(pounds)}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric"></td>
                <td class="govuk-table__cell govuk-table__cell--numeric"></td>
              </tr>
            ),
          )}
      </Table>
    </>
  );
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

const SETTING_NAMES: Record<string, string> = {
  mainstream: 'mainstream schools',
  resourcedProvision: 'resourced provision',
  laMaintainedSpecial: 'maintained special schools',
  academySpecial: 'academy and free special schools',
  independentSpecial: 'independent special schools',
  nonMaintainedSpecial: 'non-maintained special schools',
  alternativeProvision: 'alternative provision',
  post16: 'post-16',
  other: 'other settings',
};
