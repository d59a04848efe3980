import { describe, expect, it } from 'vitest';
import type { AgreementInput } from './agreement';
import { checkAgreement, checkVariation } from './agreement-rules';
import { buryAgreement } from './testing/bury';

function withChanges(change: (a: AgreementInput) => void): AgreementInput {
  const agreement = buryAgreement();
  change(agreement);
  return agreement;
}

describe('checkAgreement', () => {
  it('accepts Bury, whose trajectory opens with a 2019-20 baseline year', () => {
    expect(checkAgreement(buryAgreement())).toEqual([]);
  });

  it('refuses a term that ends before it starts (and skips the year checks)', () => {
    const agreement = withChanges((a) => {
      a.lastYear = '2019-20';
    });
    expect(checkAgreement(agreement)).toEqual([
      { path: 'lastYear', message: 'must not be before the first year, 2020-21' },
    ]);
  });

  it('accepts a one-year term', () => {
    const agreement = withChanges((a) => {
      a.lastYear = '2020-21';
      a.trajectory = a.trajectory.slice(0, 2);
      a.tranches = [{ ...a.tranches[0]!, amount: 20_000_000 }];
    });
    expect(checkAgreement(agreement)).toEqual([]);
  });

  it('admits only the year just before the term as a baseline', () => {
    const agreement = withChanges((a) => {
      a.trajectory.unshift({ financialYear: '2018-19', plannedCumulativeDeficit: 15_000_000 });
      a.trajectory.push({ financialYear: '2025-26', plannedCumulativeDeficit: 0 });
    });
    expect(checkAgreement(agreement)).toEqual([
      {
        path: 'trajectory[0].financialYear',
        message: '2018-19 is outside the term 2020-21 to 2024-25 (a baseline year may be 2019-20)',
      },
      {
        path: 'trajectory[7].financialYear',
        message: '2025-26 is outside the term 2020-21 to 2024-25 (a baseline year may be 2019-20)',
      },
    ]);
  });

  it('refuses a repeated trajectory year, the baseline included', () => {
    const agreement = withChanges((a) => {
      a.trajectory.push({ financialYear: '2019-20', plannedCumulativeDeficit: 1 });
      a.trajectory.push({ financialYear: '2022-23', plannedCumulativeDeficit: 1 });
    });
    expect(checkAgreement(agreement)).toEqual([
      { path: 'trajectory[6].financialYear', message: 'repeats the year 2019-20' },
      { path: 'trajectory[7].financialYear', message: 'repeats the year 2022-23' },
    ]);
  });

  it('holds tranches to the term, one a year, with no baseline', () => {
    const agreement = withChanges((a) => {
      a.tranches[0]!.financialYear = '2019-20';
      a.tranches[4]!.financialYear = '2023-24';
    });
    expect(checkAgreement(agreement)).toEqual([
      {
        path: 'tranches[0].financialYear',
        message: '2019-20 is outside the term 2020-21 to 2024-25',
      },
      { path: 'tranches[4].financialYear', message: 'repeats the year 2023-24' },
    ]);
  });

  it('refuses repeated ids and unknown or repeated condition links', () => {
    const agreement = withChanges((a) => {
      a.conditions.push({ id: 'ehc-timeliness', title: 'Again' });
      a.tranches[2]!.id = '2021-22';
      a.tranches[3]!.conditionIds = ['inmss-placements', 'health-funding', 'inmss-placements'];
    });
    expect(checkAgreement(agreement)).toEqual([
      { path: 'conditions[3].id', message: 'repeats the id ehc-timeliness' },
      { path: 'tranches[2].id', message: 'repeats the id 2021-22' },
      {
        path: 'tranches[3].conditionIds[1]',
        message: 'names health-funding, which is not a condition of this agreement',
      },
      { path: 'tranches[3].conditionIds[2]', message: 'repeats the condition inmss-placements' },
    ]);
  });

  it('needs tranche amounts to add up to the DfE contribution', () => {
    const over = withChanges((a) => {
      a.tranches[2]!.amount = 4_000_001;
    });
    expect(checkAgreement(over)).toEqual([
      {
        path: 'tranches',
        message: 'tranche amounts add up to £20,000,001, not the DfE contribution of £20,000,000',
      },
    ]);
    const none = withChanges((a) => {
      a.tranches = [];
      a.dfeContributionTotal = 0;
    });
    expect(checkAgreement(none)).toEqual([]);
  });

  it('holds measure targets to the term, one a year', () => {
    const agreement = withChanges((a) => {
      a.conditions[0]!.measure = {
        key: 'demand.issuedWithin20WeeksPct',
        unit: '%',
        direction: 'increase',
        targets: [
          { financialYear: '2019-20', value: 40 },
          { financialYear: '2021-22', value: 50 },
          { financialYear: '2021-22', value: 60 },
        ],
      };
    });
    expect(checkAgreement(agreement)).toEqual([
      {
        path: 'conditions[0].measure.targets[0].financialYear',
        message: '2019-20 is outside the term 2020-21 to 2024-25',
      },
      {
        path: 'conditions[0].measure.targets[2].financialYear',
        message: 'repeats the year 2021-22',
      },
    ]);
  });
});

describe('checkVariation', () => {
  const released = { '2020-21': 'released', '2021-22': 'released', '2022-23': 'withheld' } as const;

  it('lets DfE re-profile unreleased tranches, extend the term and change the status', () => {
    const next = withChanges((a) => {
      a.status = 'under-review';
      a.lastYear = '2028-29';
      a.tranches[2]!.amount = 2_000_000;
      a.tranches[3]!.amount = 2_000_000;
      a.tranches[4]!.amount = 2_000_000;
      a.tranches.push({
        id: '2025-26',
        financialYear: '2025-26',
        amount: 2_000_000,
        dueOn: '2025-12-31',
        conditionIds: [],
      });
      a.tranches.push({
        id: '2026-27',
        financialYear: '2026-27',
        amount: 2_000_000,
        dueOn: '2026-12-31',
        conditionIds: [],
      });
      a.tranches[1]!.conditionIds = ['ehc-timeliness'];
    });
    expect(checkAgreement(next)).toEqual([]);
    expect(checkVariation(buryAgreement(), next, released)).toEqual({ errors: [], locked: [] });
  });

  it('refuses a change of total, start year or an earlier end once signed', () => {
    const next = withChanges((a) => {
      a.dfeContributionTotal = 25_000_000;
      a.firstYear = '2021-22';
      a.lastYear = '2023-24';
    });
    expect(checkVariation(buryAgreement(), next, {}).errors).toEqual([
      {
        path: 'dfeContributionTotal',
        message:
          'a variation may re-profile payments but not change the DfE contribution of £20,000,000',
      },
      { path: 'firstYear', message: 'a variation may not move the start of the term from 2020-21' },
      {
        path: 'lastYear',
        message: 'a variation may extend the term but not end it before 2024-25',
      },
    ]);
  });

  it('leaves a proposed agreement free to change', () => {
    const previous = withChanges((a) => {
      a.status = 'proposed';
    });
    const next = withChanges((a) => {
      a.dfeContributionTotal = 25_000_000;
      a.lastYear = '2023-24';
    });
    expect(checkVariation(previous, next, {}).errors).toEqual([]);
  });

  it('names every released tranche changed or removed, and ignores condition order', () => {
    const next = withChanges((a) => {
      a.tranches[0]!.amount = 5_000_000;
      a.tranches.splice(1, 1);
      a.tranches[1]!.amount = 1; // 2022-23 is withheld, not released: free to re-profile
    });
    expect(checkVariation(buryAgreement(), next, released).locked).toEqual([
      { id: '2020-21', message: 'tranche 2020-21 has been released and cannot be changed' },
      { id: '2021-22', message: 'tranche 2021-22 has been released and cannot be removed' },
    ]);
    const reordered = withChanges((a) => {
      a.tranches[2]!.conditionIds = ['inmss-placements', 'ehc-timeliness'];
    });
    expect(checkVariation(buryAgreement(), reordered, { '2022-23': 'released' }).locked).toEqual(
      [],
    );
  });

  it('locks released tranches whatever the status', () => {
    const previous = withChanges((a) => {
      a.status = 'rejected';
    });
    const next = withChanges((a) => {
      a.tranches[0]!.dueOn = '2021-04-30';
    });
    expect(checkVariation(previous, next, { '2020-21': 'released' }).locked).toHaveLength(1);
  });
});
