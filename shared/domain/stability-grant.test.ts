import { describe, expect, it } from 'vitest';
import {
  assessStabilityGrant,
  checkDeficitFigures,
  checkDetermination,
  eligibility,
  stabilityGrantAmount,
  type DeficitFigure,
} from './stability-grant';

const fig = (
  source: DeficitFigure['source'],
  highNeedsDeficit: number,
  otherBlocksDeficit?: number,
) => ({
  source,
  highNeedsDeficit,
  ...(otherBlocksDeficit === undefined ? {} : { otherBlocksDeficit }),
});

describe('eligibility', () => {
  it.each([
    {
      name: 'every source equal → agreed',
      sources: [
        fig('s251-outturn', 40_000_000),
        fig('dsg-note', 40_000_000),
        fig('s151-assurance', 40_000_000),
      ],
      determination: undefined,
      expected: { eligibleDeficit: 40_000_000, basis: 'agreed', difference: 0 },
    },
    {
      name: 'a single source → agreed',
      sources: [fig('s251-outturn', 12_345)],
      determination: undefined,
      expected: { eligibleDeficit: 12_345, basis: 'agreed', difference: 0 },
    },
    {
      name: 'one lower → lowest',
      sources: [
        fig('s251-outturn', 40_000_000),
        fig('dsg-note', 39_500_000),
        fig('revenue-outturn', 40_000_000),
      ],
      determination: undefined,
      expected: {
        eligibleDeficit: 39_500_000,
        basis: 'lowest',
        difference: 500_000,
        countingSources: ['dsg-note'],
      },
    },
    {
      name: 'a determination fixes the source, even the higher one',
      sources: [fig('s251-outturn', 40_000_000), fig('dsg-note', 39_500_000)],
      determination: { useSource: 's251-outturn' as const, reason: 'accrual explained' },
      expected: {
        eligibleDeficit: 40_000_000,
        basis: 'determined',
        countingSources: ['s251-outturn'],
      },
    },
    {
      name: 'a determination without a source leaves the lowest',
      sources: [fig('s251-outturn', 40_000_000), fig('dsg-note', 39_500_000)],
      determination: { reason: 'explanation not accepted' },
      expected: { eligibleDeficit: 39_500_000, basis: 'lowest' },
    },
    {
      name: 'a determination of a source no longer among the figures lapses',
      sources: [fig('s251-outturn', 40_000_000), fig('dsg-note', 39_500_000)],
      determination: { useSource: 'revenue-outturn' as const, reason: 'old' },
      expected: { eligibleDeficit: 39_500_000, basis: 'lowest' },
    },
    {
      name: 'sources that agree need no determination',
      sources: [fig('s251-outturn', 5_000), fig('dsg-note', 5_000)],
      determination: { useSource: 'dsg-note' as const, reason: 'r' },
      expected: { eligibleDeficit: 5_000, basis: 'agreed' },
    },
    {
      name: 'other blocks never count, even when they make the sources differ in total',
      sources: [fig('s251-outturn', 30_000_000, 2_000_000), fig('dsg-note', 30_000_000, 0)],
      determination: undefined,
      expected: { eligibleDeficit: 30_000_000, basis: 'agreed', difference: 0 },
    },
    {
      name: 'a surplus in one source is the lowest',
      sources: [fig('s251-outturn', 1_000_000), fig('dsg-note', -250_000)],
      determination: undefined,
      expected: { eligibleDeficit: -250_000, basis: 'lowest' },
    },
  ])('$name', ({ sources, determination, expected }) => {
    expect(eligibility(sources, determination)).toMatchObject(expected);
  });

  it('is undefined without any figure', () => {
    expect(eligibility([])).toBeUndefined();
  });
});

describe('stabilityGrantAmount', () => {
  it.each([
    [40_000_000, 36_000_000],
    [1_234_567, 1_111_110], // 1,111,110.3: pennies are rounded down
    [19, 17], // 17.1
    [11, 9], // 9.9 rounds down, never up
    [1, 0], // 90p is no whole pound
    [0, 0],
    [-5_000_000, 0], // a surplus earns nothing
    [Number.MAX_SAFE_INTEGER / 10, Math.floor((Number.MAX_SAFE_INTEGER / 10) * 0.9)],
  ])('90%% of %i → %i', (deficit, grant) => {
    expect(stabilityGrantAmount(Math.floor(deficit))).toBe(grant);
  });
});

describe('assessStabilityGrant', () => {
  const owed = [fig('s251-outturn', 10_000_001), fig('dsg-note', 10_000_001)];
  it.each([
    {
      name: 'no figures',
      sources: [],
      planStatus: 'approved' as const,
      paid: false,
      status: 'awaiting-figures',
      grant: null,
    },
    {
      name: 'no deficit',
      sources: [fig('s251-outturn', 0)],
      planStatus: 'approved' as const,
      paid: false,
      status: 'ineligible',
      grant: 0,
    },
    {
      name: 'a surplus',
      sources: [fig('s251-outturn', -10)],
      planStatus: 'approved' as const,
      paid: false,
      status: 'ineligible',
      grant: 0,
    },
    {
      name: 'no plan yet',
      sources: owed,
      planStatus: 'none' as const,
      paid: false,
      status: 'awaiting-plan-approval',
      grant: 9_000_000,
    },
    {
      name: 'plan submitted',
      sources: owed,
      planStatus: 'submitted' as const,
      paid: false,
      status: 'awaiting-plan-approval',
      grant: 9_000_000,
    },
    {
      name: 'plan returned',
      sources: owed,
      planStatus: 'returned' as const,
      paid: false,
      status: 'awaiting-plan-approval',
      grant: 9_000_000,
    },
    {
      name: 'plan approved',
      sources: owed,
      planStatus: 'approved' as const,
      paid: false,
      status: 'payable',
      grant: 9_000_000,
    },
    {
      name: 'released',
      sources: owed,
      planStatus: 'approved' as const,
      paid: true,
      status: 'paid',
      grant: 9_000_000,
    },
  ])('$name → $status', ({ sources, planStatus, paid, status, grant }) => {
    const result = assessStabilityGrant({ sources, planStatus, paid });
    expect(result.status).toBe(status);
    expect(result.grant).toBe(grant);
  });
});

describe('checkDeficitFigures', () => {
  it('accepts each source once at the end of 2025-26', () => {
    expect(
      checkDeficitFigures({
        asAt: '2026-03-31',
        sources: [fig('s251-outturn', 1), fig('dsg-note', 2)],
      }),
    ).toEqual([]);
  });
  it('names a source given twice, the wrong date and no figures', () => {
    expect(
      checkDeficitFigures({
        asAt: '2026-03-31',
        sources: [fig('dsg-note', 1), fig('s251-outturn', 1), fig('dsg-note', 2)],
      }),
    ).toEqual([
      { path: 'sources[2].source', message: 'DSG note in the accounts is named more than once' },
    ]);
    expect(checkDeficitFigures({ asAt: '2025-03-31', sources: [] }).map((e) => e.path)).toEqual([
      'asAt',
      'sources',
    ]);
  });
});

describe('checkDetermination', () => {
  it('needs a reason and a source among the figures', () => {
    const sources = [fig('s251-outturn', 1)];
    expect(checkDetermination({ useSource: 's251-outturn', reason: 'ok' }, sources)).toEqual([]);
    expect(checkDetermination({ reason: 'none fixed' }, sources)).toEqual([]);
    expect(
      checkDetermination({ useSource: 'dsg-note', reason: ' ' }, sources).map((e) => e.path),
    ).toEqual(['reason', 'useSource']);
  });
});
