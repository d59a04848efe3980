import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { InvalidCursorError } from './errors';

describe('cursors', () => {
  const key = { pk: 'COUNCIL#351', sk: 'AUDIT#2024-01-01T00:00:00.000Z#01' };

  it('round-trip under the binding they were made for', () => {
    const cursor = encodeCursor(key, { scope: 'audit', pk: 'COUNCIL#351' });
    expect(decodeCursor(cursor ?? undefined, { scope: 'audit', pk: 'COUNCIL#351' })).toEqual(key);
  });

  it('mean "from the start" when absent, and "no more" when there is no last key', () => {
    expect(decodeCursor(undefined, { scope: 'audit' })).toBeUndefined();
    expect(encodeCursor(undefined, { scope: 'audit' })).toBeNull();
  });

  it("are refused for another council's partition", () => {
    const cursor = encodeCursor(key, { scope: 'audit', pk: 'COUNCIL#351' }) ?? '';
    expect(() => decodeCursor(cursor, { scope: 'audit', pk: 'COUNCIL#865' })).toThrow(
      InvalidCursorError,
    );
  });

  it('are refused for another listing', () => {
    const cursor = encodeCursor(key, { scope: 'audit', pk: 'COUNCIL#351' }) ?? '';
    expect(() => decodeCursor(cursor, { scope: 'councils' })).toThrow(InvalidCursorError);
  });

  it.each([
    '%%%',
    'bm90IGpzb24',
    Buffer.from('[1,2]').toString('base64url'),
    Buffer.from('{"s":"audit","k":{"pk":{"S":"x"}}}').toString('base64url'),
  ])('are refused when malformed: %s', (cursor) => {
    expect(() => decodeCursor(cursor, { scope: 'audit' })).toThrow(InvalidCursorError);
  });
});

describe('cursors bound to a key range and filters', () => {
  const alerts = {
    scope: 'alerts',
    index: 'gsi2' as const,
    range: {
      gsi2pk: { equals: 'ALERTS' },
      gsi2sk: { prefix: 'open#' },
      pk: { prefix: 'COUNCIL#' },
      sk: { prefix: 'ALERT#' },
    },
    filter: { status: 'open', severity: undefined },
  };
  const position = {
    pk: 'COUNCIL#351',
    sk: 'ALERT#01',
    gsi2pk: 'ALERTS',
    gsi2sk: 'open#2024-01-01T00:00:00.000Z#351#01',
  };
  const encode = (k: Record<string, unknown>, f?: string) =>
    Buffer.from(JSON.stringify({ s: 'alerts', ...(f ? { f } : {}), k })).toString('base64url');

  it('round-trip within the range, under the same filters', () => {
    const cursor = encodeCursor(position, alerts) ?? undefined;
    expect(decodeCursor(cursor, alerts)).toEqual(position);
  });

  it.each([
    ['another collection on the index', { gsi2pk: 'OTHER' }],
    ['a sort key outside the range', { gsi2sk: 'resolved#2024-01-01T00:00:00.000Z#351#01' }],
    ['a table key of another kind of item', { sk: 'AUDIT#2024-01-01T00:00:00.000Z#01' }],
    ['a partition that is not a council', { pk: 'X#351' }],
  ])('are refused with %s', (_what, change) => {
    const cursor = encodeCursor({ ...position, ...change }, alerts) ?? undefined;
    expect(() => decodeCursor(cursor, alerts)).toThrow(InvalidCursorError);
  });

  it('are refused under other filters, or with none', () => {
    const open = encodeCursor(position, alerts) ?? undefined;
    const unfiltered = { ...alerts, range: { ...alerts.range, gsi2sk: { prefix: '' } } };
    expect(() => decodeCursor(open, { ...unfiltered, filter: {} })).toThrow(InvalidCursorError);
    const none = encodeCursor(position, { ...unfiltered, filter: {} }) ?? undefined;
    expect(() => decodeCursor(none, alerts)).toThrow(InvalidCursorError);
    expect(() => decodeCursor(encode(position, '[["status","resolved"]]'), alerts)).toThrow(
      InvalidCursorError,
    );
  });

  it('ignore filters left out, and their order', () => {
    const a = { scope: 'x', filter: { b: '2', a: '1', c: undefined } };
    const b = { scope: 'x', filter: { a: '1', b: '2' } };
    const cursor = encodeCursor({ pk: 'p', sk: 's' }, a) ?? undefined;
    expect(decodeCursor(cursor, b)).toEqual({ pk: 'p', sk: 's' });
  });

  it('keep to a range between two keys, both ends included', () => {
    const days = {
      scope: 'audit',
      pk: 'COUNCIL#351',
      range: { sk: { between: ['AUDIT#2024-01-01', 'AUDIT#2024-01-31~'] as [string, string] } },
    };
    const at = (sk: string) => encodeCursor({ pk: 'COUNCIL#351', sk }, days) ?? undefined;
    expect(decodeCursor(at('AUDIT#2024-01-31T23:00:00.000Z#01'), days)).toBeDefined();
    expect(decodeCursor(at('AUDIT#2024-01-01'), days)).toBeDefined();
    expect(() => decodeCursor(at('AUDIT#2024-02-01T00:00:00.000Z#01'), days)).toThrow(
      InvalidCursorError,
    );
    expect(() => decodeCursor(at('AUDIT#2023-12-31T23:00:00.000Z#01'), days)).toThrow(
      InvalidCursorError,
    );
  });
});
