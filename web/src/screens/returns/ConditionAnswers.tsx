import type { Condition } from '../../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../../shared/schemas/return-content';
import { ConditionStatusTag } from '../../components/ConditionStatusTag';
import { SummaryList } from '../../components/SummaryList';

/** The council's position on each condition: status, statement and evidence. */
export function ConditionAnswers(props: {
  conditions: readonly Condition[];
  content: ReturnDraft;
  changeHref?: ((field: string) => string) | undefined;
}) {
  const { conditions, content, changeHref } = props;
  if (conditions.length === 0) {
    return <p class="govuk-body">The agreement has no conditions.</p>;
  }
  return (
    <SummaryList
      rows={conditions.map((condition) => {
        const report = content.conditions?.find((c) => c.conditionId === condition.id);
        return {
          key: condition.title,
          value: report ? (
            <>
              {report.status ? (
                <ConditionStatusTag status={report.status} />
              ) : (
                <span class="app-secondary-text">No status given</span>
              )}
              {report.statement && (
                <p class="govuk-body app-multiline govuk-!-margin-top-2">{report.statement}</p>
              )}
              {report.evidence && (
                <p class="govuk-body app-multiline">
                  <span class="govuk-!-font-weight-bold">Evidence: </span>
                  {report.evidence}
                </p>
              )}
            </>
          ) : (
            <span class="app-secondary-text">Not provided</span>
          ),
          ...(changeHref
            ? {
                change: {
                  href: changeHref(`conditions-${condition.id}-status`),
                  hidden: `the position on ${condition.title}`,
                },
              }
            : {}),
        };
      })}
    />
  );
}
