import { describe, expect, it } from 'vitest';
import { checkBid, costFromBid } from './check-bid';
import type { BidPlan, SchemePlan } from './types';

const scheme = (id: string, cost: number, over: Partial<SchemePlan> = {}): SchemePlan => ({
  id,
  title: `Scheme ${id}`,
  provisionType: 'special',
  places: 10,
  cost,
  fundedFrom: 'this-bid',
  ...over,
});
const bid = (over: Partial<BidPlan> = {}): BidPlan => ({
  title: 'Capital bid',
  requested: 1_000,
  schemes: [scheme('a', 600), scheme('b', 400)],
  ...over,
});
const TODAY = '2024-06-01';

describe('checkBid', () => {
  it.each<[string, BidPlan]>([
    ['schemes from the bid cost exactly what is asked', bid()],
    ['schemes cost less than asked', bid({ requested: 5_000 })],
    [
      'schemes funded otherwise do not count against the request',
      bid({
        schemes: [
          scheme('a', 1_000),
          scheme('b', 9_000, { fundedFrom: 'existing-capital' }),
          scheme('c', 9_000, { fundedFrom: 'central' }),
        ],
      }),
    ],
    ['no schemes yet', bid({ schemes: [] })],
    ['submitted today', bid({ submittedOn: TODAY })],
    ['zero places and zero cost', bid({ schemes: [scheme('a', 0, { places: 0 })] })],
    ['ids differing only in case', bid({ schemes: [scheme('T1', 500), scheme('t1', 500)] })],
  ])('accepts %s', (_, input) => {
    expect(checkBid(input, TODAY)).toEqual([]);
  });

  it.each<[string, BidPlan, string[]]>([
    ['schemes from the bid cost one pound more than asked', bid({ requested: 999 }), ['requested']],
    ['a repeated id', bid({ schemes: [scheme('a', 1), scheme('a', 1)] }), ['schemes[1].id']],
    ['negative places', bid({ schemes: [scheme('a', 1, { places: -1 })] }), ['schemes[0].places']],
    ['a negative cost', bid({ schemes: [scheme('a', -1)] }), ['schemes[0].cost']],
    ['a negative request', bid({ requested: -1, schemes: [] }), ['requested']],
    ['submitted tomorrow', bid({ submittedOn: '2024-06-02' }), ['submittedOn']],
  ])('refuses %s', (_, input, paths) => {
    expect(checkBid(input, TODAY).map((e) => e.path)).toEqual(paths);
  });

  it('says how much the schemes cost', () => {
    const [error] = checkBid(bid({ requested: 999 }), TODAY);
    expect(error?.message).toContain('£1,000');
  });

  it('adds up only the schemes funded from the bid', () => {
    expect(
      costFromBid([
        scheme('a', 100),
        scheme('b', 200, { fundedFrom: 'existing-capital' }),
        scheme('c', 300),
      ]),
    ).toBe(400);
  });
});
