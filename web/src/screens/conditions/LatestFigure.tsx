import { measureValue, periodFinancialYear } from '../../../../shared/domain';
import type { ConditionView } from '../../../../shared/schemas/condition-view';
import type { ReturnDetail } from '../../api/returns';
import { SummaryList } from '../../components/SummaryList';
import { periodName } from '../../display/labels';

/**
 * Beside a condition's target, what the council last reported: the measure's figure in
 * its latest submitted return and the evidence it gave, so the assessment is not blind.
 */
export function LatestFigure(props: { condition: ConditionView; latest: ReturnDetail | null }) {
  const { condition, latest } = props;
  const reported = condition.latestCouncilStatus;
  const measure = condition.measure;
  const value = measure && latest ? measureValue(latest.content, measure.key) : undefined;
  const year = latest ? periodFinancialYear(latest.period) : undefined;
  const target = measure?.targets.find((t) => t.financialYear === year);
  const rows = [
    ...(measure
      ? [
          {
            key: 'Latest figure',
            value:
              value === undefined
                ? 'Not reported yet'
                : `${value} ${measure.unit}${latest ? ` (return for ${periodName(latest.period)})` : ''}`,
          },
          {
            key: `Target${year ? ` for ${year}` : ''}`,
            value: target ? `${target.value} ${measure.unit}` : 'No target for the year',
          },
        ]
      : []),
    {
      key: 'Council’s evidence',
      value: reported?.evidence ? (
        <span class="app-multiline">{reported.evidence}</span>
      ) : (
        <span class="app-secondary-text">
          {reported ? 'No evidence given' : 'Not reported yet'}
        </span>
      ),
    },
  ];
  return (
    <div data-testid="latest-figure">
      <h2 class="govuk-heading-s">
        What the council last reported
        {reported ? ` (${periodName(reported.period)})` : ''}
      </h2>
      <SummaryList rows={rows} />
    </div>
  );
}
