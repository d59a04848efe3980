import type { ConditionView } from '../../../../shared/schemas/condition-view';
import { ConditionStatusTag } from '../../components/ConditionStatusTag';
import { Link } from '../../components/Link';
import { SummaryList } from '../../components/SummaryList';
import { periodName } from '../../display/labels';
import { paths } from '../../routes/paths';
import { ConditionHistory } from './ConditionHistory';
import { measureName } from '../../display/measure-name';

/** One condition of the agreement: what it asks, where it stands, and its history. */
export function ConditionCard(props: {
  laCode: string;
  condition: ConditionView;
  number: number;
  canAssess: boolean;
}) {
  const { laCode, condition, number, canAssess } = props;
  const { latestCouncilStatus: council, latestAssessment: dfe, measure } = condition;
  return (
    <section class="app-condition" aria-labelledby={`condition-${condition.id}`}>
      <h2 class="govuk-heading-m" id={`condition-${condition.id}`}>
        <span class="govuk-caption-m">Condition {number}</span>
        {condition.title}
      </h2>
      {condition.description && <p class="govuk-body">{condition.description}</p>}
      <SummaryList
        rows={[
          ...(measure
            ? [
                {
                  key: 'Measure',
                  value: (
                    <>
                      {measureName(measure.key)} ({measure.unit}), to{' '}
                      {measure.direction === 'increase' ? 'rise' : 'fall'}
                      <ul class="govuk-list govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                        {measure.targets.map((t) => (
                          <li key={t.financialYear}>
                            Target for {t.financialYear}: {t.value}
                            {measure.unit === '%' ? '%' : ` ${measure.unit}`}
                          </li>
                        ))}
                      </ul>
                    </>
                  ),
                },
              ]
            : []),
          {
            key: 'Council’s latest status',
            value: council ? (
              <>
                <ConditionStatusTag status={council.status} />{' '}
                <span class="app-secondary-text">in {periodName(council.period)}</span>
              </>
            ) : (
              'Not reported yet'
            ),
          },
          {
            key: 'DfE’s latest assessment',
            value: dfe ? (
              <>
                <ConditionStatusTag status={dfe.status} />{' '}
                <span class="app-secondary-text">for {periodName(dfe.period)}</span>
              </>
            ) : (
              'Not assessed yet'
            ),
          },
        ]}
      />
      {canAssess && (
        <p class="govuk-body">
          <Link class="govuk-link" href={paths.assess(laCode, condition.id)}>
            Assess this condition<span class="govuk-visually-hidden"> ({condition.title})</span>
          </Link>
        </p>
      )}
      <ConditionHistory condition={condition} />
    </section>
  );
}
