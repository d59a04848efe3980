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
