import { describe, expect, it } from 'vitest';
import { bidTotals } from './totals';
import type { SchemePlan, SchemeProgress } from './types';

const scheme = (
  id: string,
  places: number | undefined,
  progress?: SchemeProgress,
  over: Partial<SchemePlan> = {},
) => ({
  id,
  title: id,
  provisionType: 'special' as const,
  cost: 100,
  fundedFrom: 'this-bid' as const,
  ...(places === undefined ? {} : { places }),
  ...(progress ? { progress } : {}),
  ...over,
});

describe('bidTotals', () => {
  it.each<[string, ReturnType<typeof scheme>[], number, number]>([
    ['no schemes', [], 0, 0],
    ['planned schemes count as planned, not delivered', [scheme('a', 10), scheme('b', 5)], 15, 0],
    ['a scheme without places adds none', [scheme('a', undefined), scheme('b', 5)], 5, 0],
    [
      'a cancelled scheme plans nothing',
      [scheme('a', 10, { status: 'cancelled' }), scheme('b', 5)],
      5,
      0,
    ],
    [
      'an open scheme delivers its recorded places',
      [scheme('a', 10, { status: 'open', openedOn: '2021-09-24', placesDelivered: 8 })],
      10,
      8,
    ],
    [
      'places delivered can exceed places planned',
      [scheme('a', 10, { status: 'open', openedOn: '2021-09-24', placesDelivered: 12 })],
      10,
      12,
    ],
    [
      'an open scheme without places recorded delivers none yet',
      [scheme('a', 10, { status: 'open', openedOn: '2021-09-24' })],
      10,
      0,
    ],
  ])('%s', (_, schemes, planned, delivered) => {
    const totals = bidTotals(schemes);
    expect(totals.placesPlanned).toBe(planned);
    expect(totals.placesDelivered).toBe(delivered);
  });

  it('adds costs by funding source', () => {
    const totals = bidTotals([
      scheme('a', 1, undefined, { cost: 100 }),
      scheme('b', 1, undefined, { cost: 50, fundedFrom: 'existing-capital' }),
      scheme('c', 1, undefined, { cost: 7, fundedFrom: 'central' }),
      scheme('d', 1, undefined, { cost: 25 }),
    ]);
    expect(totals.costByFunding).toEqual({ 'this-bid': 125, 'existing-capital': 50, central: 7 });
  });

  it('shows what the decision left unallocated', () => {
    const totals = bidTotals([scheme('a', 1)], {
      awarded: 3_781_000,
      schemes: [
        { schemeId: 'a', support: 'strong', amount: 1_700_000 },
        { schemeId: 'b', support: 'further-consideration' },
      ],
    });
    expect(totals).toMatchObject({ allocated: 1_700_000, unallocated: 2_081_000 });
    expect(bidTotals([scheme('a', 1)])).not.toHaveProperty('allocated');
  });
});
