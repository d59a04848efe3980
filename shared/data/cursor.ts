import { InvalidCursorError } from './errors';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What one key attribute of a position must be for the listing's query to accept it. */
export type KeyRange = { equals: string } | { prefix: string } | { between: [string, string] };

/**
 * What a cursor is bound to: the listing it came from, for a council's own items that
 * council's partition, the key range the listing's query reads and the filters it was
 * read with. A cursor decoded under another binding is refused (400), so a cursor can
 * never carry a caller into another council's data, and DynamoDB never sees a start key
 * outside the query's range (which it would refuse with a ValidationException).
 */
export interface CursorBinding {
  scope: string;
  pk?: string;
  /** The index the listing reads, whose keys a position also holds. */
  index?: 'gsi1' | 'gsi2';
  /** Each key attribute the query constrains, and how (its key condition). */
  range?: Record<string, KeyRange>;
  /** The listing's filters: a cursor read under other filters is another listing's. */
  filter?: Record<string, string | boolean | number | undefined>;
}

type Key = Record<string, unknown>;

/** The attributes a position holds: the table's key, plus the index's key when read from one. */
function keyNames(binding: CursorBinding): string[] {
  return ['pk', 'sk', ...(binding.index ? [`${binding.index}pk`, `${binding.index}sk`] : [])];
}

/** The filters as one canonical string (absent filters left out, names sorted). */
function filterOf(binding: CursorBinding): string {
  const entries = Object.entries(binding.filter ?? {})
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length === 0 ? '' : JSON.stringify(entries);
}

export function encodeCursor(lastKey: Key | undefined, binding: CursorBinding): string | null {
  if (!lastKey) return null;
  const f = filterOf(binding);
  const body = JSON.stringify({ s: binding.scope, ...(f ? { f } : {}), k: lastKey });
  return Buffer.from(body, 'utf8').toString('base64url');
}

function inRange(value: unknown, range: KeyRange): boolean {
  if (typeof value !== 'string') return false;
  if ('equals' in range) return value === range.equals;
  if ('prefix' in range) return value.startsWith(range.prefix);
  return value >= range.between[0] && value <= range.between[1];
}

export function decodeCursor(cursor: string | undefined, binding: CursorBinding): Key | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!isCursorBody(parsed) || parsed.s !== binding.scope) throw new InvalidCursorError();
  if ((parsed.f ?? '') !== filterOf(binding)) throw new InvalidCursorError();
  const key = parsed.k;
  const names = Object.keys(key).sort();
  if ('offset' in key) {
    // An in-memory page: its offset, and the council's partition when it has one.
    const expected = binding.pk === undefined ? ['offset'] : ['offset', 'pk'];
    if (names.join() !== expected.join() || typeof key.offset !== 'number')
      throw new InvalidCursorError();
  } else {
    // A table or index position must name exactly the keys DynamoDB expects back...
    if (names.join() !== keyNames(binding).sort().join()) throw new InvalidCursorError();
    if (
      !Object.values(key).every((v) => typeof v === 'string' && v.length > 0 && v.length <= 1024)
    ) {
      throw new InvalidCursorError();
    }
    // ...and lie within the range the listing's query reads.
    for (const [name, range] of Object.entries(binding.range ?? {})) {
      if (!inRange(key[name], range)) throw new InvalidCursorError();
    }
  }
  if (binding.pk !== undefined && key.pk !== binding.pk) throw new InvalidCursorError();
  return key;
}

function isCursorBody(value: unknown): value is { s: string; f?: string; k: Key } {
  if (typeof value !== 'object' || value === null) return false;
  const { s, f, k } = value as { s?: unknown; f?: unknown; k?: unknown };
  return (
    typeof s === 'string' &&
    (f === undefined || typeof f === 'string') &&
    typeof k === 'object' &&
    k !== null &&
    !Array.isArray(k)
  );
}
