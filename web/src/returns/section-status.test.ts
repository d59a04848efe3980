import { describe, expect, it } from 'vitest';
import { sectionOfPath, sectionStatuses, sectionsFor } from './section-status';

const agreement = { conditions: [{ id: 'a', title: 'A' }] };

describe('sectionStatuses', () => {
  it('starts with nothing started and the optional lists empty', () => {
    expect(sectionStatuses({}, agreement)).toEqual({
      finance: 'not-started',
      demand: 'not-started',
      placements: 'not-started',
      conditions: 'not-started',
      workstreams: 'none-added',
      risks: 'none-added',
      mitigations: 'completed', // the agreement has none to report on
      narrative: 'not-started',
    });
  });

  it('needs savings for every mitigation of the agreement', () => {
    const withMitigations = {
      ...agreement,
      mitigations: [{ id: 'a' }, { id: 'b' }],
    };
    expect(sectionStatuses({}, withMitigations).mitigations).toBe('not-started');
    const one = { mitigationId: 'a', savingsToDate: 1, forecastSavings: 2, rag: 'green' as const };
    expect(sectionStatuses({ mitigations: [one] }, withMitigations).mitigations).toBe('incomplete');
    expect(
      sectionStatuses({ mitigations: [one, { ...one, mitigationId: 'b' }] }, withMitigations)
        .mitigations,
    ).toBe('completed');
  });

  it('marks a section complete once it has what submission needs', () => {
    const statuses = sectionStatuses(
      {
        finance: {
          highNeedsIncome: 1,
          highNeedsExpenditure: 1,
          forecastInYearBalance: 0,
          forecastCumulativeDeficit: 5,
        },
        demand: { ehcpsTotal: 10 },
        conditions: [{ conditionId: 'a', status: 'met', statement: 'Done.' }],
        workstreams: [{ name: 'Finance' }],
        narrative: 'All well.',
      },
      agreement,
    );
    expect(statuses).toMatchObject({
      finance: 'completed',
      demand: 'incomplete',
      conditions: 'completed',
      workstreams: 'incomplete',
      narrative: 'completed',
    });
  });

  it('counts placements that add up to more than the EHCPs as incomplete', () => {
    const placements = {
      mainstream: 5,
      resourcedProvision: 1,
      laMaintainedSpecial: 1,
      academySpecial: 1,
      independentSpecial: 1,
      nonMaintainedSpecial: 1,
      alternativeProvision: 1,
      post16: 1,
      other: 1,
    };
    expect(
      sectionStatuses({ demand: { ehcpsTotal: 10, newEhcps: 1 }, placements }, agreement)
        .placements,
    ).toBe('incomplete');
    expect(
      sectionStatuses({ demand: { ehcpsTotal: 20, newEhcps: 1 }, placements }, agreement)
        .placements,
    ).toBe('completed');
  });

  it('needs nothing for conditions when the agreement has none', () => {
    expect(sectionStatuses({}, { conditions: [] }).conditions).toBe('completed');
  });
});

describe('sectionOfPath', () => {
  it('reads the section from a path', () => {
    expect(sectionOfPath('finance.highNeedsIncome')).toBe('finance');
    expect(sectionOfPath('conditions[a]')).toBe('conditions');
    expect(sectionOfPath('placements')).toBe('placements');
    expect(sectionOfPath('period')).toBeUndefined();
  });
});

describe('sectionsFor', () => {
  it('leaves out savings by mitigation when the agreement has no mitigations', () => {
    expect(sectionsFor({})).not.toContain('mitigations');
    expect(sectionsFor({ mitigations: [] })).not.toContain('mitigations');
    const withOne = sectionsFor({ mitigations: [{ id: 'graduated-approach' }] });
    expect(withOne.indexOf('mitigations')).toBe(withOne.indexOf('narrative') - 1);
  });
});
