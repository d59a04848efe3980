import { periodFinancialYear } from '../../../../shared/domain';
import type { Agreement } from '../../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../../shared/schemas/return-content';
import { SummaryList } from '../../components/SummaryList';
import { formatDeficit, formatVariance } from '../../display/money';

/** The return's forecast against the agreed plan for its year: what a reviewer looks at first. */
export function KeyFigures(props: { agreement: Agreement; period: string; content: ReturnDraft }) {
  const { agreement, period, content } = props;
  const year = periodFinancialYear(period);
  const planned = agreement.trajectory.find(
    (t) => t.financialYear === year,
  )?.plannedCumulativeDeficit;
  const forecast = content.finance?.forecastCumulativeDeficit;
  return (
    <SummaryList
      rows={[
        {
          key: `Forecast cumulative deficit, end of ${year}`,
          value: forecast === undefined ? 'Not provided' : formatDeficit(forecast),
        },
        {
          key: `Agreed plan for ${year}`,
          value: planned === undefined ? 'No plan for this year' : formatDeficit(planned),
        },
        ...(forecast !== undefined && planned !== undefined
          ? [{ key: 'Against plan', value: formatVariance(forecast - planned) }]
          : []),
      ]}
    />
  );
}
