import type { OverviewRow } from '../../api/overview';

/**
 * Headline figures: returns in for the period, councils off plan at their latest known
 * position (so a council £10m off plan last term is not lost in an empty period), open red
 * alerts (not those acknowledged).
 */
export function OverviewFigures({ rows }: { rows: OverviewRow[] }) {
  const inCount = rows.filter(
    (r) => r.returnStatus === 'submitted' || r.returnStatus === 'accepted',
  ).length;
  const offPlan = rows.filter((r) => (r.latest?.variance ?? 0) > 0).length;
  const red = rows.filter((r) => r.openAlerts.red > 0).length;
  const figures: [string, string][] = [
    [`${inCount} of ${rows.length}`, 'returns submitted'],
    [
      String(offPlan),
      offPlan === 1
        ? 'council above its trajectory at its latest return'
        : 'councils above their trajectory at their latest return',
    ],
    [String(red), red === 1 ? 'council with open red alerts' : 'councils with open red alerts'],
  ];
  return (
    <dl class="app-figures">
      {figures.map(([value, label]) => (
        <div key={label} class="app-figures__item">
          <dt class="app-figures__label">{label}</dt>
          <dd class="app-figures__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
