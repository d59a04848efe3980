import type { Mitigation } from '../../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../../shared/schemas/return-content';
import { formatMillions } from '../../../../shared/domain';
import { RagTag } from '../../components/RagTag';
import { SummaryList } from '../../components/SummaryList';

/** Each mitigation's reported savings, as check-your-answers rows. */
export function MitigationAnswers(props: {
  mitigations: readonly Mitigation[];
  content: ReturnDraft;
}) {
  return (
    <SummaryList
      rows={props.mitigations.map((m) => {
        const r = props.content.mitigations?.find((x) => x.mitigationId === m.id);
        const parts = [
          r?.savingsToDate === undefined ? null : `${formatMillions(r.savingsToDate)} to date`,
          r?.forecastSavings === undefined ? null : `${formatMillions(r.forecastSavings)} forecast`,
        ].filter(Boolean);
        return {
          key: m.title,
          value: r ? (
            <>
              {parts.join(', ') || 'No figures'} {r.rag && <RagTag rag={r.rag} />}
              {r.note && <p class="govuk-body-s">{r.note}</p>}
            </>
          ) : (
            <span class="app-secondary-text">Not provided</span>
          ),
        };
      })}
    />
  );
}
