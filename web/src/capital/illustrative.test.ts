import { describe, expect, it } from 'vitest';
import { placesAreIllustrative, placesText } from './illustrative';

describe('illustrative places', () => {
  it.each([
    ['Expansion of a special school (illustrative title, cost and places)', 30, true],
    ['Special school places: the south (places illustrative)', 100, true],
    ['Vision House (cost, places and funding illustrative)', 8, true],
    ['Nurture base (illustrative cost)', 6, false],
    ['Special free school (no cost to the bid)', 60, false],
    ['Resourced provision (illustrative title, cost and places)', 0, false],
    ['Resourced provision, North Primary', 12, false],
  ])('%s with %i places: %s', (title, places, expected) => {
    expect(placesAreIllustrative([{ title, places }])).toBe(expected);
  });

  it('labels a count only when it is illustrative', () => {
    expect(placesText('190', true)).toBe('190 (illustrative)');
    expect(placesText('32', false)).toBe('32');
  });
});
