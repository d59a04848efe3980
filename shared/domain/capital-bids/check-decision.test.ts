import { describe, expect, it } from 'vitest';
import { checkDecision } from './check-decision';
import type { BidDecisionInput } from './types';

const BID = {
  requested: 6_275_000,
  submittedOn: '2021-04-30',
  schemes: [{ id: 's1' }, { id: 's2' }, { id: 's3' }],
};
const TODAY = '2021-07-01';
const decision = (over: Partial<BidDecisionInput> = {}): BidDecisionInput => ({
  decidedOn: '2021-06-30',
  awarded: 3_781_000,
  ...over,
});

describe('checkDecision', () => {
  it.each<[string, BidDecisionInput]>([
    ['an award below the request', decision()],
    ['the whole request', decision({ awarded: 6_275_000 })],
    ['a refusal', decision({ awarded: 0 })],
    [
      'scheme amounts up to the award, the rest unallocated',
      decision({
        schemes: [
          { schemeId: 's1', support: 'strong', amount: 1_700_000 },
          { schemeId: 's2', support: 'further-consideration' },
        ],
      }),
    ],
    [
      'scheme amounts exactly the award',
      decision({
        schemes: [
          { schemeId: 's1', support: 'strong', amount: 3_000_000 },
          { schemeId: 's2', support: 'supported', amount: 781_000 },
        ],
      }),
    ],
    ['decided on the day of submission', decision({ decidedOn: '2021-04-30' })],
    ['decided today', decision({ decidedOn: TODAY })],
  ])('accepts %s', (_, input) => {
    expect(checkDecision(BID, input, TODAY)).toEqual([]);
  });

  it.each<[string, BidDecisionInput, string[]]>([
    ['an award one pound above the request', decision({ awarded: 6_275_001 }), ['awarded']],
    ['a negative award', decision({ awarded: -1 }), ['awarded']],
    [
      'scheme amounts one pound above the award',
      decision({
        awarded: 1_000,
        schemes: [
          { schemeId: 's1', support: 'strong', amount: 600 },
          { schemeId: 's2', support: 'strong', amount: 401 },
        ],
      }),
      ['schemes'],
    ],
    [
      'a scheme that is not in the bid',
      decision({ schemes: [{ schemeId: 'S1', support: 'strong' }] }),
      ['schemes[0].schemeId'],
    ],
    [
      'a scheme named twice',
      decision({
        schemes: [
          { schemeId: 's1', support: 'strong' },
          { schemeId: 's1', support: 'supported' },
        ],
      }),
      ['schemes[1].schemeId'],
    ],
    [
      'a negative scheme amount',
      decision({ schemes: [{ schemeId: 's1', support: 'strong', amount: -5 }] }),
      ['schemes[0].amount'],
    ],
    ['a decision dated tomorrow', decision({ decidedOn: '2021-07-02' }), ['decidedOn']],
    ['a decision before the submission', decision({ decidedOn: '2021-04-29' }), ['decidedOn']],
  ])('refuses %s', (_, input, paths) => {
    expect(checkDecision(BID, input, TODAY).map((e) => e.path)).toEqual(paths);
  });
});
