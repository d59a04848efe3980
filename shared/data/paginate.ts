import { decodeCursor, encodeCursor, type CursorBinding, type Page } from './cursor';
import { InvalidCursorError } from './errors';

/**
 * Pages through a list already in memory (a council's returns, versions, tranches:
 * bounded by the agreement's term), with the same `limit` and opaque, bound cursor as
 * the lists read page by page from the table.
 */
export function paginate<T>(
  items: readonly T[],
  { limit, cursor }: { limit: number; cursor?: string },
  binding: CursorBinding,
): Page<T> {
  const start = decodeCursor(cursor, binding)?.offset ?? 0;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0)
    throw new InvalidCursorError();
  const end = start + limit;
  // The council's partition rides in the cursor so it is checked like a table cursor.
  const key = binding.pk === undefined ? { offset: end } : { pk: binding.pk, offset: end };
  return {
    items: items.slice(start, end),
    nextCursor: end < items.length ? encodeCursor(key, binding) : null,
  };
}
