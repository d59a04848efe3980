import { describe, expect, it } from 'vitest';
import { checkReturnComplete } from './return-completeness';
import { completeReturn } from './testing/returns';

const agreement = { conditions: [{ id: 'ehc-timeliness' }, { id: 'inmss-placements' }] };

describe('checkReturnComplete', () => {
  it('passes a complete return', () => {
    expect(checkReturnComplete(completeReturn(), agreement)).toEqual([]);
  });

  it('lists every gap of an empty draft', () => {
    expect(checkReturnComplete({}, agreement)).toEqual([
      { path: 'finance.highNeedsIncome', message: 'is required to submit' },
      { path: 'finance.highNeedsExpenditure', message: 'is required to submit' },
      { path: 'finance.forecastInYearBalance', message: 'is required to submit' },
      { path: 'finance.forecastCumulativeDeficit', message: 'is required to submit' },
      { path: 'demand.ehcpsTotal', message: 'is required to submit' },
      { path: 'demand.newEhcps', message: 'is required to submit' },
      { path: 'placements.mainstream', message: 'is required to submit' },
      { path: 'placements.resourcedProvision', message: 'is required to submit' },
      { path: 'placements.laMaintainedSpecial', message: 'is required to submit' },
      { path: 'placements.academySpecial', message: 'is required to submit' },
      { path: 'placements.independentSpecial', message: 'is required to submit' },
      { path: 'placements.nonMaintainedSpecial', message: 'is required to submit' },
      { path: 'placements.alternativeProvision', message: 'is required to submit' },
      { path: 'placements.post16', message: 'is required to submit' },
      { path: 'placements.other', message: 'is required to submit' },
      {
        path: 'conditions[ehc-timeliness]',
        message: 'needs a status for condition ehc-timeliness to submit',
      },
      {
        path: 'conditions[inmss-placements]',
        message: 'needs a status for condition inmss-placements to submit',
      },
      { path: 'narrative', message: 'is required to submit' },
    ]);
  });

  it('does not ask for the optional fields', () => {
    const content = completeReturn();
    expect(content.finance?.savingsTarget).toBeUndefined();
    expect(content.demand?.assessmentRequests).toBeUndefined();
    expect(checkReturnComplete({ ...content, workstreams: [], risks: [] }, agreement)).toEqual([]);
    const { workstreams: _w, risks: _r, ...withoutLists } = content;
    expect(checkReturnComplete(withoutLists, agreement)).toEqual([]);
  });

  it('treats zero as present and a blank narrative as missing', () => {
    const content = completeReturn();
    content.finance = { ...content.finance, forecastInYearBalance: 0 };
    content.narrative = '  ';
    expect(checkReturnComplete(content, agreement)).toEqual([
      { path: 'narrative', message: 'is required to submit' },
    ]);
  });

  it('needs a status and statement for every condition and none for an unknown one', () => {
    const content = completeReturn();
    content.conditions = [
      { conditionId: 'ehc-timeliness', statement: 'Working on it' },
      { conditionId: 'health-funding', status: 'met', statement: 'Agreed with the ICB' },
    ];
    expect(checkReturnComplete(content, agreement)).toEqual([
      { path: 'conditions[0].status', message: 'is required to submit' },
      {
        path: 'conditions[1].conditionId',
        message: 'names health-funding, which is not a condition of the agreement',
      },
      {
        path: 'conditions[inmss-placements]',
        message: 'needs a status for condition inmss-placements to submit',
      },
    ]);
  });

  it('needs a RAG rating on each workstream and risk listed', () => {
    const content = {
      ...completeReturn(),
      workstreams: [{ name: 'Finance' }],
      risks: [{ title: 'Staff' }],
    };
    expect(checkReturnComplete(content, agreement)).toEqual([
      { path: 'workstreams[0].rag', message: 'is required to submit' },
      { path: 'risks[0].rag', message: 'is required to submit' },
    ]);
  });

  it('allows placements up to ehcpsTotal, not beyond', () => {
    const at = completeReturn();
    at.demand = { ehcpsTotal: 2_350, newEhcps: 1 }; // placements add up to 2,350
    expect(checkReturnComplete(at, agreement)).toEqual([]);
    const over = completeReturn();
    over.demand = { ehcpsTotal: 2_349, newEhcps: 1 };
    expect(checkReturnComplete(over, agreement)).toEqual([
      {
        path: 'placements',
        message: 'add up to 2,350, more than the 2,349 EHCPs maintained (demand.ehcpsTotal)',
      },
    ]);
  });

  it('checks the sum even when some placements are missing', () => {
    const content = completeReturn();
    content.demand = { ehcpsTotal: 100, newEhcps: 1 };
    content.placements = { mainstream: 101 };
    const errors = checkReturnComplete(content, agreement);
    expect(errors).toContainEqual({
      path: 'placements',
      message: 'add up to 101, more than the 100 EHCPs maintained (demand.ehcpsTotal)',
    });
    expect(errors).toHaveLength(9);
  });
});

describe('checkReturnComplete: savings by mitigation', () => {
  const withMitigations = {
    ...agreement,
    mitigations: [{ id: 'graduated-approach' }, { id: 'INMSS' }],
  };

  it('needs an entry, with both figures and a RAG, for every mitigation', () => {
    const content = {
      ...completeReturn(),
      mitigations: [{ mitigationId: 'INMSS', savingsToDate: 100_000 }],
    };
    expect(checkReturnComplete(content, withMitigations)).toEqual([
      { path: 'mitigations[0].forecastSavings', message: 'is required to submit' },
      { path: 'mitigations[0].rag', message: 'is required to submit' },
      {
        path: 'mitigations[graduated-approach]',
        message:
          'needs savings to date, forecast savings and a RAG for mitigation graduated-approach to submit',
      },
    ]);
  });

  it('refuses an id the agreement does not have (ids are case-sensitive)', () => {
    const content = {
      ...completeReturn(),
      mitigations: [
        {
          mitigationId: 'graduated-approach',
          savingsToDate: 0,
          forecastSavings: 0,
          rag: 'green' as const,
        },
        { mitigationId: 'INMSS', savingsToDate: 0, forecastSavings: 0, rag: 'green' as const },
        { mitigationId: 'inmss', savingsToDate: 0, forecastSavings: 0, rag: 'green' as const },
      ],
    };
    expect(checkReturnComplete(content, withMitigations)).toEqual([
      {
        path: 'mitigations[2].mitigationId',
        message: 'names inmss, which is not a mitigation of the agreement',
      },
    ]);
  });

  it('needs nothing when the agreement has no mitigations', () => {
    expect(checkReturnComplete(completeReturn(), { ...agreement, mitigations: [] })).toEqual([]);
  });
});
