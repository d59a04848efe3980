import type { ReformPlan, ReformPlanTemplate } from '../../api/reform';
import { SummaryCard } from '../../components/SummaryCard';
import { SummaryList } from '../../components/SummaryList';
import { formatDate } from '../../format';
import { paths } from '../../routes/paths';

/** Each section of the plan as written: text, actions with owner and date, measures. */
export function SectionAnswers(props: {
  template: ReformPlanTemplate;
  plan: ReformPlan;
  /** Offers a change link on each section (check your answers). */
  changeFor?: string;
}) {
  const { template, plan, changeFor } = props;
  return (
    <>
      {template.sections.map((section) => {
        const answer = plan.content.sections.find((s) => s.sectionId === section.id);
        return (
          <SummaryCard
            key={section.id}
            title={section.title}
            {...(changeFor
              ? {
                  action: {
                    href: paths.reformSection(changeFor, section.id),
                    text: 'Change',
                    hidden: section.title,
                  },
                }
              : {})}
          >
            <SummaryList
              rows={[
                {
                  key: 'What the area will do',
                  value: answer?.text.trim() ? answer.text : 'Not written',
                },
                {
                  key: 'Actions',
                  value: answer?.actions?.length ? (
                    <ul class="govuk-list">
                      {answer.actions.map((a, i) => (
                        <li key={i}>
                          {a.title}
                          {a.owner ? ` (owner: ${a.owner})` : ''}
                          {a.dueOn ? `, due ${formatDate(a.dueOn)}` : ''}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'None'
                  ),
                },
                {
                  key: 'Scorecard measures',
                  value: answer?.measures?.length ? answer.measures.join(', ') : 'None',
                },
              ]}
            />
          </SummaryCard>
        );
      })}
    </>
  );
}
