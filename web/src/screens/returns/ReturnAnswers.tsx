import type { Condition, Mitigation } from '../../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../../shared/schemas/return-content';
import { SummaryCard } from '../../components/SummaryCard';
import type { ReturnSection } from '../../routes/match-route';
import { SECTION_NAMES } from '../../returns/section-status';
import { ConditionAnswers } from './ConditionAnswers';
import { MitigationAnswers } from './MitigationAnswers';
import { NumberAnswers } from './NumberAnswers';
import { RatedAnswers } from './RatedAnswers';

/**
 * A return's answers, a summary card per section: the check-your-answers page (with
 * change links) and the read-only view of a submitted return (without).
 */
export function ReturnAnswers(props: {
  content: ReturnDraft;
  conditions: readonly Condition[];
  mitigations?: readonly Mitigation[] | undefined;
  /** Where a section's answers are changed; none when the return cannot be changed. */
  sectionHref?: ((section: ReturnSection, field?: string) => string) | undefined;
}) {
  const { content, conditions, sectionHref } = props;
  const changeIn = (section: ReturnSection) =>
    sectionHref ? (field: string) => sectionHref(section, field) : undefined;
  // Each answer has its own change link, or, where a list may be empty, the card has one.
  const card = (section: ReturnSection, cardAction = false) => ({
    title: SECTION_NAMES[section],
    ...(sectionHref && cardAction
      ? {
          action: {
            href: sectionHref(section),
            text: 'Change',
            hidden: SECTION_NAMES[section].toLowerCase(),
          },
        }
      : {}),
  });
  return (
    <>
      {(['finance', 'demand', 'placements'] as const).map((section) => (
        <SummaryCard key={section} {...card(section)}>
          <NumberAnswers section={section} content={content} changeHref={changeIn(section)} />
        </SummaryCard>
      ))}
      <SummaryCard {...card('conditions')}>
        <ConditionAnswers
          conditions={conditions}
          content={content}
          changeHref={changeIn('conditions')}
        />
      </SummaryCard>
      <SummaryCard {...card('workstreams', true)}>
        <RatedAnswers
          items={(content.workstreams ?? []).map((w) => ({
            name: w.name,
            rag: w.rag,
            note: w.note,
          }))}
          noun="workstreams"
          noteLabel="Note"
          changeHref={changeIn('workstreams')}
        />
      </SummaryCard>
      <SummaryCard {...card('risks', true)}>
        <RatedAnswers
          items={(content.risks ?? []).map((r) => ({
            name: r.title,
            rag: r.rag,
            note: r.mitigation,
          }))}
          noun="risks"
          noteLabel="Mitigation"
          changeHref={changeIn('risks')}
        />
      </SummaryCard>
      {(props.mitigations ?? []).length > 0 && (
        <SummaryCard {...card('mitigations', true)}>
          <MitigationAnswers mitigations={props.mitigations ?? []} content={content} />
        </SummaryCard>
      )}
      <SummaryCard {...card('narrative', true)}>
        {content.narrative ? (
          <p class="govuk-body app-multiline">{content.narrative}</p>
        ) : (
          <p class="govuk-body app-secondary-text">Not provided</p>
        )}
      </SummaryCard>
    </>
  );
}
