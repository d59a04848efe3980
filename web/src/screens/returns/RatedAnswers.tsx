import type { Rag } from '../../../../shared/schemas/return-content';
import { RagTag } from '../../components/RagTag';
import { SummaryList } from '../../components/SummaryList';

export interface RatedItem {
  name: string;
  rag?: Rag | undefined;
  note?: string | undefined;
}

/** Workstreams or risks: each with its RAG rating and note. */
export function RatedAnswers(props: {
  items: RatedItem[];
  /** "workstreams" or "risks", for the sentence when there are none. */
  noun: string;
  noteLabel: string;
  changeHref?: ((field: string) => string) | undefined;
}) {
  const { items, noun, noteLabel, changeHref } = props;
  if (items.length === 0) {
    return <p class="govuk-body">No {noun} given.</p>;
  }
  return (
    <SummaryList
      rows={items.map((item, index) => ({
        key: item.name,
        value: (
          <>
            {item.rag ? (
              <RagTag rag={item.rag} />
            ) : (
              <span class="app-secondary-text">No rating</span>
            )}
            {item.note && (
              <p class="govuk-body app-multiline govuk-!-margin-top-2">
                <span class="govuk-visually-hidden">{noteLabel}: </span>
                {item.note}
              </p>
            )}
          </>
        ),
        ...(changeHref
          ? { change: { href: changeHref(`${noun}-${index}-name`), hidden: item.name } }
          : {}),
      }))}
    />
  );
}
