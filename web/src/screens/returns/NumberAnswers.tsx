import type { ReturnDraft } from '../../../../shared/schemas/return-content';
import { SummaryList } from '../../components/SummaryList';
import { formatPct } from '../../display/money';
import { NUMBER_FIELDS, type NumberSection } from '../../returns/fields';
import { formatAnswer } from '../../returns/format-answer';
import { lowerFirst } from '../../returns/messages';

/** The finance, demand or placements answers as a summary list. */
export function NumberAnswers(props: {
  section: NumberSection;
  content: ReturnDraft;
  /** Where each answer is changed; none when the return cannot be changed. */
  changeHref?: ((field: string) => string) | undefined;
}) {
  const { section, content, changeHref } = props;
  const values = (content[section] ?? {}) as Record<string, number | undefined>;
  const ehcps = content.demand?.ehcpsTotal;
  return (
    <SummaryList
      rows={NUMBER_FIELDS[section].map((field) => {
        const value = values[field.key];
        let text = value === undefined ? 'Not provided' : formatAnswer(field, value);
        if (section === 'placements' && value !== undefined && ehcps) {
          text += ` (${formatPct(Math.round((value / ehcps) * 1000) / 10)} of EHCPs)`;
        }
        return {
          key: field.label,
          value: value === undefined ? <span class="app-secondary-text">{text}</span> : text,
          ...(changeHref
            ? {
                change: {
                  href: changeHref(`${section}-${field.key}`),
                  hidden: lowerFirst(field.label),
                },
              }
            : {}),
        };
      })}
    />
  );
}
