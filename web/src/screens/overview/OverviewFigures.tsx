import type { OverviewRow } from '../../api/overview';

/** Headline figures for the period: returns in, councils off plan, red alerts. */
export function OverviewFigures({ rows }: { rows: OverviewRow[] }) {
  const inCount = rows.filter(
    (r) => r.returnStatus === 'submitted' || r.returnStatus === 'accepted',
  ).length;
  const offPlan = rows.filter((r) => (r.variance ?? 0) > 0).length;
  const red = rows.filter((r) => r.openAlerts.red > 0).length;
  const figures: [string, string][] = [
    [`${inCount} of ${rows.length}`, 'returns submitted'],
    [
      String(offPlan),
      offPlan === 1 ? 'council above its trajectory' : 'councils above their trajectory',
    ],
    [String(red), red === 1 ? 'council with red alerts' : 'councils with red alerts'],
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
