import type { Rag } from '../../../shared/schemas/return-content';
import { RAG_NAMES } from '../display/labels';
import { Tag } from './Tag';
import { RAG_COLOURS } from './tag-colours';

/** A red, amber or green rating. */
export function RagTag({ rag }: { rag: Rag }) {
  return <Tag colour={RAG_COLOURS[rag]}>{RAG_NAMES[rag]}</Tag>;
}
