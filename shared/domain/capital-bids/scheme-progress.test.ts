import { describe, expect, it } from 'vitest';
import { canMoveScheme, checkProgress } from './scheme-progress';
import type { SchemeProgress, SchemeStatus } from './types';

describe('canMoveScheme', () => {
  it.each<[SchemeStatus, SchemeStatus, boolean]>([
    ['planned', 'in-progress', true],
    ['planned', 'open', true],
    ['planned', 'cancelled', true],
    ['in-progress', 'open', true],
    ['in-progress', 'cancelled', true],
    ['in-progress', 'planned', false],
    ['open', 'open', true],
    ['open', 'in-progress', false],
    ['open', 'cancelled', false],
    ['open', 'planned', false],
    ['cancelled', 'planned', true],
    ['cancelled', 'open', false],
    ['cancelled', 'in-progress', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveScheme(from, to)).toBe(allowed);
  });
});

describe('checkProgress', () => {
  const TODAY = '2021-10-01';
  it.each<[string, SchemeProgress]>([
    ['planned', { status: 'planned' }],
    ['in progress', { status: 'in-progress' }],
    ['open with places', { status: 'open', openedOn: '2021-09-24', placesDelivered: 8 }],
    ['open today, no places yet', { status: 'open', openedOn: TODAY }],
    ['open with zero places', { status: 'open', openedOn: TODAY, placesDelivered: 0 }],
    ['cancelled', { status: 'cancelled' }],
  ])('accepts %s', (_, progress) => {
    expect(checkProgress(progress, TODAY)).toEqual([]);
  });

  it.each<[string, SchemeProgress, string[]]>([
    ['open without a date', { status: 'open' }, ['openedOn']],
    ['opened tomorrow', { status: 'open', openedOn: '2021-10-02' }, ['openedOn']],
    [
      'negative places',
      { status: 'open', openedOn: TODAY, placesDelivered: -1 },
      ['placesDelivered'],
    ],
    ['places before opening', { status: 'in-progress', placesDelivered: 4 }, ['placesDelivered']],
    ['an opening date while planned', { status: 'planned', openedOn: TODAY }, ['openedOn']],
  ])('refuses %s', (_, progress, paths) => {
    expect(checkProgress(progress, TODAY).map((e) => e.path)).toEqual(paths);
  });
});
