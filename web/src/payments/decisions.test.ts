import { describe, expect, it } from 'vitest';
import { blockingConditionIds, decisionChoices } from './decisions';

describe('decisionChoices', () => {
  it('offers the changes a payment can still make', () => {
    expect(decisionChoices('scheduled')).toEqual(['release', 'withhold', 'suspend']);
    expect(decisionChoices('withheld')).toEqual(['release', 'suspend']);
    expect(decisionChoices('suspended')).toEqual(['release', 'withhold']);
    expect(decisionChoices('released')).toEqual([]);
  });
});

describe('blockingConditionIds', () => {
  it('reads the conditions a refused release names', () => {
    expect(
      blockingConditionIds([
        { path: 'conditions.inmss-placements', message: 'is at risk' },
        { path: 'conditions.mainstream-inclusion', message: 'is not assessed' },
        { path: 'reason', message: 'x' },
      ]),
    ).toEqual(['inmss-placements', 'mainstream-inclusion']);
    expect(blockingConditionIds(undefined)).toEqual([]);
  });
});
