import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BURY_PUBLISHED_PROFILE as BURY, buryAgreement } from '../../shared/domain/testing/bury';
import type { AgreementInputBody } from '../../shared/schemas/agreement';
import { startTestApi, type TestApi } from '../support/api';
import { agreementBody, completeReturn } from '../support/fixtures';

let api: TestApi;
let admin: string;
let reviewer: string;

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type ProfileRow = {
  financialYear: string;
  mitigatedCumulativeDeficit?: number;
  afterEarlierContributions?: number;
  dfeContribution: number;
  councilContribution: number;
  programmeCost: number;
  plannedCumulativeDeficit: number;
  reconciles: boolean;
  difference: number;
};

const MITIGATIONS: AgreementInputBody['mitigations'] = [
  {
    id: 'graduated-approach',
    title: 'Graduated approach in mainstream schools',
    workstream: 'Graduated approach',
    plannedSavings: [
      { financialYear: '2023-24', amount: 1_000_000 },
      { financialYear: '2024-25', amount: 1_500_000 },
    ],
  },
  {
    id: 'INMSS',
    title: 'Fewer independent placements',
    plannedSavings: [{ financialYear: '2024-25', amount: 500_000 }],
  },
];

const BASELINE: AgreementInputBody['baseline'] = {
  asAt: '2022-01-20',
  source: 'Delivering Better Value diagnostic, January 2022',
  ehcpsTotal: 3416,
  placements: { mainstream: 1007, laMaintainedSpecial: 1086, independentSpecial: 92 },
  expenditure: { laMaintainedSpecial: 33_800_000, independentSpecial: 11_900_000 },
};

let councils = 100;
async function newCouncil(body?: AgreementInputBody) {
  const laCode = String(councils++);
  const res = await api.request('POST', '/api/v1/councils', {
    token: admin,
    body: { laCode, name: `Council ${laCode}` },
  });
  expect(res.status).toBe(201);
  if (body) {
    const put = await api.request('PUT', `/api/v1/councils/${laCode}/agreement`, {
      token: admin,
      body,
    });
    expect(put.status).toBe(201);
  }
  return laCode;
}

async function versionsOf(laCode: string) {
  const res = await api.request<{ items: { version: number }[] }>(
    'GET',
    `/api/v1/councils/${laCode}/agreement/versions`,
    { token: admin },
  );
  return res.body.items.map((v) => v.version);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T10:00:00Z') });
  admin = await api.tokenFor('dfe-admin');
  reviewer = await api.tokenFor('dfe-reviewer');
});
afterAll(() => api.close());

describe('the agreement’s plan rows, mitigations and baseline', () => {
  it('keeps the new trajectory fields, the mitigations and the baseline', async () => {
    const body = agreementBody({
      trajectory: agreementBody().trajectory.map((y) => ({
        ...y,
        mitigatedCumulativeDeficit: y.plannedCumulativeDeficit + 3_000_000,
        unmitigatedCumulativeDeficit: y.plannedCumulativeDeficit + 9_000_000,
        programmeCost: 250_000,
        councilContribution: 0,
      })),
      mitigations: MITIGATIONS,
      baseline: BASELINE,
    });
    const laCode = await newCouncil(body);
    const got = await api.request<AgreementInputBody>(
      'GET',
      `/api/v1/councils/${laCode}/agreement`,
      {
        token: reviewer,
      },
    );
    expect(got.status).toBe(200);
    expect(got.body.mitigations).toEqual(MITIGATIONS);
    expect(got.body.baseline).toEqual(BASELINE);
    expect(got.body.trajectory[1]).toMatchObject({
      mitigatedCumulativeDeficit: 12_507_000,
      unmitigatedCumulativeDeficit: 18_507_000,
      programmeCost: 250_000,
      councilContribution: 0,
    });
  });

  it.each<[string, Partial<AgreementInputBody>, string[]]>([
    [
      'a mitigation’s year outside the term',
      {
        mitigations: [
          { id: 'a', title: 'A', plannedSavings: [{ financialYear: '2022-23', amount: 1 }] },
        ],
      },
      ['mitigations[0].plannedSavings[0].financialYear'],
    ],
    [
      'a repeated mitigation id',
      {
        mitigations: [
          { id: 'a', title: 'A', plannedSavings: [] },
          { id: 'a', title: 'Again', plannedSavings: [] },
        ],
      },
      ['mitigations[1].id'],
    ],
    [
      'a mitigation id that is not an id',
      { mitigations: [{ id: '-a b', title: 'A', plannedSavings: [] }] },
      ['mitigations[0].id'],
    ],
    [
      'baseline placements above its EHCPs',
      { baseline: { ...BASELINE, ehcpsTotal: 2184 } },
      ['baseline.placements'],
    ],
    [
      'a baseline placement key that is not a setting',
      { baseline: { ...BASELINE, placements: { hospital: 3 } as never } },
      ['baseline.placements.hospital'],
    ],
    [
      'a negative programme cost and council contribution',
      {
        trajectory: [
          {
            financialYear: '2023-24',
            plannedCumulativeDeficit: 1,
            programmeCost: -1,
            councilContribution: -5,
          },
        ],
      },
      ['trajectory[0].programmeCost', 'trajectory[0].councilContribution'],
    ],
  ])('refuses %s with 422 naming the field, and writes nothing', async (_, overrides, paths) => {
    const laCode = await newCouncil();
    const res = await api.request<Problem>('PUT', `/api/v1/councils/${laCode}/agreement`, {
      token: admin,
      body: agreementBody(overrides),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toEqual(paths);
    expect(await versionsOf(laCode).catch(() => [])).toEqual([]);
  });
});

describe('GET …/agreement/recovery-profile', () => {
  it('reproduces Bury’s published profile to the pound, reconciling every year', async () => {
    const laCode = await newCouncil(buryAgreement());
    const res = await api.request<{ items: ProfileRow[] }>(
      'GET',
      `/api/v1/councils/${laCode}/agreement/recovery-profile`,
      { token: await api.tokenFor('council-viewer', laCode) },
    );
    expect(res.status).toBe(200);
    const rows = res.body.items;
    expect(rows.map((r) => r.financialYear)).toEqual(BURY.years);
    expect(rows.map((r) => r.mitigatedCumulativeDeficit)).toEqual(BURY.prePsv);
    expect(rows.map((r) => r.afterEarlierContributions)).toEqual(BURY.postPsv);
    expect(rows.map((r) => r.dfeContribution)).toEqual(BURY.dfeContribution);
    expect(rows.map((r) => r.programmeCost)).toEqual(BURY.programmeCapacity);
    expect(rows.map((r) => r.plannedCumulativeDeficit)).toEqual(BURY.cumulative);
    expect(rows.every((r) => r.reconciles && r.difference === 0)).toBe(true);
  });

  it('shows the difference of a year that does not reconcile', async () => {
    const bury = buryAgreement();
    const laCode = await newCouncil({
      ...bury,
      trajectory: bury.trajectory.map((y) =>
        y.financialYear === '2022-23' ? { ...y, plannedCumulativeDeficit: 15_766_000 } : y,
      ),
    });
    const res = await api.request<{ items: ProfileRow[] }>(
      'GET',
      `/api/v1/councils/${laCode}/agreement/recovery-profile`,
      { token: reviewer },
    );
    expect(res.body.items.filter((r) => !r.reconciles)).toEqual([
      expect.objectContaining({ financialYear: '2022-23', difference: 100_000 }),
    ]);
  });

  it('is 404 for another council’s user and for a council with no agreement', async () => {
    const laCode = await newCouncil(buryAgreement());
    const other = await newCouncil();
    const elsewhere = await api.request(
      'GET',
      `/api/v1/councils/${laCode}/agreement/recovery-profile`,
      {
        token: await api.tokenFor('council-viewer', other),
      },
    );
    expect(elsewhere.status).toBe(404);
    const none = await api.request('GET', `/api/v1/councils/${other}/agreement/recovery-profile`, {
      token: reviewer,
    });
    expect(none.status).toBe(404);
  });
});

describe('a variation that would leave submitted returns outside the agreement', () => {
  it('is refused with 409 naming the periods, and changes nothing', async () => {
    const laCode = await newCouncil(agreementBody({ status: 'proposed' }));
    const editor = await api.tokenFor('council-editor', laCode);
    const approver = await api.tokenFor('council-approver', laCode);
    for (const period of ['2024-25-Q1', '2024-25-Q2']) {
      const saved = await api.request('PUT', `/api/v1/councils/${laCode}/returns/${period}`, {
        token: editor,
        body: completeReturn(),
      });
      expect(saved.status).toBe(201);
      const submitted = await api.request(
        'POST',
        `/api/v1/councils/${laCode}/returns/${period}/submit`,
        {
          token: approver,
          body: { signOff: { name: 'Sam Patel', role: 'Section 151 officer' } },
          headers: { 'Idempotency-Key': `k-${period}` },
        },
      );
      expect(submitted.status).toBe(200);
    }
    // A draft outside the new term does not stand in the way.
    await api.request('PUT', `/api/v1/councils/${laCode}/returns/2024-25-Q3`, {
      token: editor,
      body: { narrative: 'Started' },
    });

    const shortened = agreementBody({
      status: 'proposed',
      lastYear: '2023-24',
      trajectory: agreementBody().trajectory.slice(0, 2),
      conditions: agreementBody().conditions.map(({ measure: _, ...c }) => c),
      tranches: [{ ...agreementBody().tranches[0]!, amount: 20_000_000 }],
      // Over a year the returns were never due in, the only refusal is the 409.
      reason: 'Shortened to one year',
    });
    const res = await api.request<Problem>('PUT', `/api/v1/councils/${laCode}/agreement`, {
      token: admin,
      body: shortened,
      headers: { 'If-Match': '"1"' },
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('2024-25-Q1, 2024-25-Q2');
    expect(res.body.errors?.map((e) => e.path)).toEqual([
      'returns.2024-25-Q1',
      'returns.2024-25-Q2',
    ]);
    expect(await versionsOf(laCode)).toEqual([1]);

    const extended = await api.request('PUT', `/api/v1/councils/${laCode}/agreement`, {
      token: admin,
      body: agreementBody({ status: 'proposed', lastYear: '2026-27', reason: 'Extended' }),
      headers: { 'If-Match': '"1"' },
    });
    expect(extended.status).toBe(200);
  });
});

describe('savings by mitigation in returns', () => {
  it('names unknown ids (422 on saving), needs every mitigation to submit, and lists the latest submitted savings', async () => {
    const laCode = await newCouncil(agreementBody({ mitigations: MITIGATIONS }));
    const editor = await api.tokenFor('council-editor', laCode);
    const approver = await api.tokenFor('council-approver', laCode);
    const base = `/api/v1/councils/${laCode}/returns`;
    const submit = (period: string, key: string) =>
      api.request<Problem>('POST', `${base}/${period}/submit`, {
        token: approver,
        body: { signOff: { name: 'Sam Patel', role: 'Section 151 officer' } },
        headers: { 'Idempotency-Key': key },
      });

    const unknown = await api.request<Problem>('PUT', `${base}/2024-25-Q1`, {
      token: editor,
      body: completeReturn({
        mitigations: [
          { mitigationId: 'inmss', savingsToDate: 1, forecastSavings: 1, rag: 'green' },
        ],
      }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      {
        path: 'mitigations[0].mitigationId',
        message: 'names inmss, which is not a mitigation of the agreement',
      },
    ]);

    const partial = await api.request('PUT', `${base}/2024-25-Q1`, {
      token: editor,
      body: completeReturn({
        mitigations: [
          { mitigationId: 'INMSS', savingsToDate: 100_000, forecastSavings: 450_000, rag: 'green' },
        ],
      }),
    });
    expect(partial.status).toBe(201);
    const missing = await submit('2024-25-Q1', 'q1-a');
    expect(missing.status).toBe(422);
    expect(missing.body.errors?.map((e) => e.path)).toEqual(['mitigations[graduated-approach]']);

    const complete = await api.request('PUT', `${base}/2024-25-Q1`, {
      token: editor,
      body: completeReturn({
        mitigations: [
          { mitigationId: 'INMSS', savingsToDate: 100_000, forecastSavings: 450_000, rag: 'green' },
          {
            mitigationId: 'graduated-approach',
            savingsToDate: 200_000,
            forecastSavings: 1_100_000,
            rag: 'amber',
            note: 'Secondary roll-out late',
          },
        ],
      }),
      headers: { 'If-Match': '"1"' },
    });
    expect(complete.status).toBe(200);
    expect((await submit('2024-25-Q1', 'q1-b')).status).toBe(200);
    // A later draft does not count until it is submitted.
    await api.request('PUT', `${base}/2024-25-Q2`, {
      token: editor,
      body: { mitigations: [{ mitigationId: 'INMSS', forecastSavings: 1 }] },
    });

    const res = await api.request<{
      items: { id: string; years: Record<string, unknown>[] }[];
      totals: Record<string, unknown>[];
    }>('GET', `/api/v1/councils/${laCode}/mitigations`, { token: reviewer });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.id)).toEqual(['graduated-approach', 'INMSS']);
    expect(res.body.items[0]?.years).toEqual([
      { financialYear: '2023-24', plannedSavings: 1_000_000 },
      {
        financialYear: '2024-25',
        plannedSavings: 1_500_000,
        period: '2024-25-Q1',
        savingsToDate: 200_000,
        forecastSavings: 1_100_000,
        rag: 'amber',
      },
    ]);
    expect(res.body.totals).toEqual([
      { financialYear: '2023-24', plannedSavings: 1_000_000 },
      {
        financialYear: '2024-25',
        plannedSavings: 2_000_000,
        savingsToDate: 300_000,
        forecastSavings: 1_550_000,
      },
    ]);

    const other = await newCouncil();
    const elsewhere = await api.request('GET', `/api/v1/councils/${laCode}/mitigations`, {
      token: await api.tokenFor('council-viewer', other),
    });
    expect(elsewhere.status).toBe(404);
  });
});

describe('the baseline in compare', () => {
  it('gives each council’s baseline value of the measure beside its series', async () => {
    const withBaseline = await newCouncil(agreementBody({ baseline: BASELINE }));
    const without = await newCouncil(agreementBody());
    const get = (measure: string) =>
      api.request<{ series: { laCode: string; baseline?: unknown }[] }>(
        'GET',
        `/api/v1/compare?measure=${measure}&laCodes=${withBaseline},${without}&from=2024-25-Q1&to=2024-25-Q4`,
        { token: reviewer },
      );
    const share = await get('placements.mainstreamPct');
    expect(share.status).toBe(200);
    const byCode = Object.fromEntries(share.body.series.map((s) => [s.laCode, s.baseline]));
    expect(byCode).toEqual({
      [withBaseline]: {
        asAt: '2022-01-20',
        source: 'Delivering Better Value diagnostic, January 2022',
        value: 29.5,
      },
      [without]: undefined,
    });
    const deficit = await get('finance.forecastCumulativeDeficit');
    expect(deficit.body.series.every((s) => s.baseline === undefined)).toBe(true);
  });
});
