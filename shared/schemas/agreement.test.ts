import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { buryAgreement } from '../domain/testing/bury';
import { Agreement, AgreementInput, FinancialYear, TrancheDecisionInput } from './agreement';
import { ClientId } from './common';

function issues(result: { success: boolean; error?: z.ZodError }) {
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('FinancialYear', () => {
  it('accepts a real year and explains a wrong one once', () => {
    expect(FinancialYear.parse('1999-00')).toBe('1999-00');
    expect(issues(FinancialYear.safeParse('2024-26'))).toEqual([
      {
        path: '',
        message:
          'must be a financial year written like 2024-25: the second part follows the first (2024-25)',
      },
    ]);
    expect(issues(FinancialYear.safeParse('2024'))).toEqual([
      { path: '', message: 'must be a financial year written like 2024-25' },
    ]);
  });
});

describe('ClientId', () => {
  it.each(['a', 'ehc-timeliness', '2024-25', 'T2024', 'KPI_3', 'a_b', '9', 'x'.repeat(64)])(
    'accepts %j',
    (id) => {
      expect(ClientId.safeParse(id).success).toBe(true);
    },
  );
  it.each(['', '-a', '_a', 'a b', 'a#b', 'a.b', 'x'.repeat(65), 'é', 'a\n'])('rejects %j', (id) => {
    expect(ClientId.safeParse(id).success).toBe(false);
  });
});

describe('AgreementInput', () => {
  it('accepts the Bury agreement', () => {
    expect(AgreementInput.safeParse(buryAgreement()).success).toBe(true);
  });

  it('fills in the defaults for returnDueDays and every tolerance', () => {
    const { returnDueDays: _r, tolerances: _t, ...body } = buryAgreement();
    const parsed = AgreementInput.parse(body);
    expect(parsed.returnDueDays).toBe(30);
    expect(parsed.tolerances).toEqual({
      cumulativeDeficitPct: 2,
      cumulativeDeficitAbs: 500_000,
      ehcpGrowthPct: 5,
    });
    expect(
      AgreementInput.parse({ ...body, tolerances: { cumulativeDeficitAbs: 1 } }).tolerances,
    ).toEqual({
      cumulativeDeficitPct: 2,
      cumulativeDeficitAbs: 1,
      ehcpGrowthPct: 5,
    });
  });

  it('rejects unknown fields, at the top and inside', () => {
    const body = buryAgreement();
    expect(issues(AgreementInput.safeParse({ ...body, colour: 'red' }))).toEqual([
      { path: '', message: expect.stringContaining('colour') },
    ]);
    const trajectory = [{ ...body.trajectory[1], dfeContribution: 6_000_000 }];
    expect(AgreementInput.safeParse({ ...body, trajectory }).success).toBe(false);
  });

  it('holds money to whole pounds and the enums to their values', () => {
    const body = buryAgreement();
    const bad = {
      ...body,
      programme: 'safety valve',
      status: 'signed',
      cadence: 'weekly',
      dfeContributionTotal: 20_000_000.5,
      councilContributionTotal: -1,
      returnDueDays: 0,
      signedOn: '2021-02-30',
      tolerances: { cumulativeDeficitPct: 101 },
      tranches: [{ ...body.tranches[0], amount: 0 }],
    };
    expect(issues(AgreementInput.safeParse(bad)).map((i) => i.path)).toEqual([
      'programme',
      'status',
      'signedOn',
      'cadence',
      'returnDueDays',
      'dfeContributionTotal',
      'councilContributionTotal',
      'tranches.0.amount',
      'tolerances.cumulativeDeficitPct',
    ]);
  });

  it('requires the fields the contract does not mark optional', () => {
    const paths = issues(AgreementInput.safeParse({})).map((i) => i.path);
    expect(paths).toEqual([
      'programme',
      'status',
      'firstYear',
      'lastYear',
      'cadence',
      'dfeContributionTotal',
      'trajectory',
      'conditions',
      'tranches',
    ]);
  });

  it('checks a measure', () => {
    const body = buryAgreement();
    const conditions = [
      {
        id: 'mainstream',
        title: 'More EHCPs in mainstream',
        measure: { key: 'placements.mainstreamPct', unit: '%', direction: 'increase', targets: [] },
      },
    ];
    expect(issues(AgreementInput.safeParse({ ...body, conditions }))).toEqual([
      { path: 'conditions.0.measure.targets', message: 'give at least one target' },
    ]);
  });
});

describe('Agreement (stored)', () => {
  it('adds the version, who and when', () => {
    const stored = {
      ...buryAgreement(),
      laCode: '351',
      version: 2,
      createdAt: '2024-03-01T10:00:00Z',
      createdBy: { sub: 'u-1', role: 'dfe-admin' },
      reason: 'Term extended to 2028-29',
    };
    expect(Agreement.safeParse(stored).success).toBe(true);
    expect(
      Agreement.safeParse({ ...stored, createdBy: { sub: 'u-1', role: 'boss' } }).success,
    ).toBe(false);
    expect(Agreement.safeParse({ ...stored, version: 0 }).success).toBe(false);
  });
});

describe('TrancheDecisionInput', () => {
  it('needs a reason', () => {
    expect(
      TrancheDecisionInput.safeParse({ decision: 'release', reason: 'On track' }).success,
    ).toBe(true);
    expect(TrancheDecisionInput.safeParse({ decision: 'release', reason: '  ' }).success).toBe(
      false,
    );
    expect(TrancheDecisionInput.safeParse({ decision: 'pay', reason: 'x' }).success).toBe(false);
  });
});

describe('OpenAPI', () => {
  it('names the top-level schemas', () => {
    const schema = z.toJSONSchema(AgreementInput, { io: 'input' }) as {
      $defs: Record<string, { required?: string[] }>;
    };
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['AgreementInput', 'TrajectoryYear', 'Condition', 'Tranche']),
    );
    // Defaults make these optional for a client.
    expect(schema.$defs.AgreementInput?.required).not.toContain('returnDueDays');
    expect(schema.$defs.AgreementInput?.required).not.toContain('tolerances');
    expect(z.globalRegistry.get(AgreementInput)?.id).toBe('AgreementInput');
    expect(z.globalRegistry.get(Agreement)?.id).toBe('Agreement');
  });
});
