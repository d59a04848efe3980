import { describe, expect, it } from 'vitest';
import { incompleteReasons, sectionGaps } from './section-reasons';

const agreement = { conditions: [{ id: 'a', title: 'Fewer independent placements' }] };
const placements = {
  mainstream: 1000,
  resourcedProvision: 100,
  laMaintainedSpecial: 700,
  academySpecial: 250,
  independentSpecial: 110,
  nonMaintainedSpecial: 20,
  alternativeProvision: 30,
  post16: 200,
  other: 50,
};

describe('incompleteReasons', () => {
  it('says why placements whose every answer is given are incomplete', () => {
    const reasons = incompleteReasons(
      { demand: { ehcpsTotal: 2380, newEhcps: 90 }, placements },
      agreement,
    );
    expect(reasons.placements).toBe(
      'Placements add up to 2,460, more than the 2,380 EHCPs maintained',
    );
    expect(reasons.demand).toBeUndefined();
  });

  it('names the first missing answer and counts the rest', () => {
    const reasons = incompleteReasons({ finance: { highNeedsIncome: 1 } }, agreement);
    expect(reasons.finance).toBe('Enter high needs block expenditure, and 2 more answers');
    expect(reasons.conditions).toBe(
      'Select a status and enter a position statement for “Fewer independent placements”',
    );
  });

  it('puts a problem with the whole section before missing answers', () => {
    const { other: _other, ...most } = placements;
    const gaps = sectionGaps(
      { demand: { ehcpsTotal: 100, newEhcps: 1 }, placements: most },
      agreement,
    );
    expect(gaps.placements?.map((g) => g.path)).toEqual(['placements', 'placements.other']);
  });
});
