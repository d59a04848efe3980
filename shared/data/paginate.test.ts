import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from './errors';
import { paginate } from './paginate';

describe('paginate', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const binding = { scope: 'returns', pk: 'COUNCIL#351' };

  it('walks the list page by page', () => {
    const first = paginate(items, { limit: 2 }, binding);
    expect(first.items).toEqual(['a', 'b']);
    const second = paginate(items, { limit: 2, cursor: first.nextCursor ?? undefined }, binding);
    expect(second.items).toEqual(['c', 'd']);
    const last = paginate(items, { limit: 2, cursor: second.nextCursor ?? undefined }, binding);
    expect(last).toEqual({ items: ['e'], nextCursor: null });
  });

  it("refuses another council's or another list's cursor", () => {
    const cursor = paginate(items, { limit: 2 }, binding).nextCursor ?? undefined;
    expect(() =>
      paginate(items, { limit: 2, cursor }, { scope: 'returns', pk: 'COUNCIL#865' }),
    ).toThrow(InvalidCursorError);
    expect(() =>
      paginate(items, { limit: 2, cursor }, { scope: 'tranches', pk: 'COUNCIL#351' }),
    ).toThrow(InvalidCursorError);
  });
});
