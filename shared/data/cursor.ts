import { InvalidCursorError } from './errors';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * What a cursor is bound to: the listing it came from and, for a council's own
 * items, that council's partition. A cursor decoded under another binding is refused,
 * so a cursor can never carry a caller into another council's data.
 */
export interface CursorBinding {
  scope: string;
  pk?: string;
  /** The index the listing reads, whose keys a position also holds. */
  index?: 'gsi1' | 'gsi2';
}

type Key = Record<string, unknown>;

/** The attributes a position holds: the table's key, plus the index's key when read from one. */
function keyNames(binding: CursorBinding): string[] {
  return ['pk', 'sk', ...(binding.index ? [`${binding.index}pk`, `${binding.index}sk`] : [])];
}

export function encodeCursor(lastKey: Key | undefined, binding: CursorBinding): string | null {
  if (!lastKey) return null;
  const body = JSON.stringify({ s: binding.scope, k: lastKey });
  return Buffer.from(body, 'utf8').toString('base64url');
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
  const key = parsed.k;
  const names = Object.keys(key).sort();
  if ('offset' in key) {
    // An in-memory page: its offset, and the council's partition when it has one.
    const expected = binding.pk === undefined ? ['offset'] : ['offset', 'pk'];
    if (names.join() !== expected.join() || typeof key.offset !== 'number')
      throw new InvalidCursorError();
  } else {
    // A table or index position must name exactly the keys DynamoDB expects back.
    if (names.join() !== keyNames(binding).sort().join()) throw new InvalidCursorError();
    if (
      !Object.values(key).every((v) => typeof v === 'string' && v.length > 0 && v.length <= 1024)
    ) {
      throw new InvalidCursorError();
    }
  }
  if (binding.pk !== undefined && key.pk !== binding.pk) throw new InvalidCursorError();
  return key;
}

function isCursorBody(value: unknown): value is { s: string; k: Key } {
  if (typeof value !== 'object' || value === null) return false;
  const { s, k } = value as { s?: unknown; k?: unknown };
  return typeof s === 'string' && typeof k === 'object' && k !== null && !Array.isArray(k);
}
