import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { agreementBody } from '../support/fixtures';

let api: TestApi;
let admin: string;
let reviewer: string;

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Agreement = {
  version: number;
  tranches: { id: string; amount: number; financialYear: string }[];
  reason?: string;
};

async function newCouncil(laCode: string) {
  const res = await api.request('POST', '/api/v1/councils', {
    token: admin,
    body: { laCode, name: `Council ${laCode}` },
  });
  expect(res.status).toBe(201);
}

async function auditActions(laCode: string) {
  const res = await api.request<{
    items: { action: string; actor: { sub: string }; after?: unknown }[];
  }>('GET', `/api/v1/councils/${laCode}/audit`, { token: admin });
  return res.body.items;
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.tokenFor('dfe-admin');
  reviewer = await api.tokenFor('dfe-reviewer');
});
afterAll(() => api.close());

describe('agreements', () => {
  it('records version 1, then a variation that keeps the total but moves money between years', async () => {
    await newCouncil('351');
    const v1 = await api.request<Agreement>('PUT', '/api/v1/councils/351/agreement', {
      token: admin,
      body: agreementBody(),
    });
    expect(v1.status).toBe(201);
    expect(v1.body.version).toBe(1);
    expect(v1.headers.get('etag')).toBe('"1"');

    const reprofiled = agreementBody({
      reason: 'Re-profiled: more in 2024-25, less in 2025-26',
      tranches: [
        {
          id: 'initial',
          financialYear: '2023-24',
          amount: 10_000_000,
          dueOn: '2023-03-31',
          conditionIds: [],
        },
        {
          id: 'y2',
          financialYear: '2024-25',
          amount: 7_000_000,
          dueOn: '2024-09-30',
          conditionIds: ['mainstream-inclusion'],
        },
        {
          id: 'y3',
          financialYear: '2025-26',
          amount: 3_000_000,
          dueOn: '2025-09-30',
          conditionIds: ['inmss-placements'],
        },
      ],
    });
    const v2 = await api.request<Agreement>('PUT', '/api/v1/councils/351/agreement', {
      token: admin,
      body: reprofiled,
      headers: { 'If-Match': '"1"' },
    });
    expect(v2.status).toBe(200);
    expect(v2.body.version).toBe(2);
    expect(v2.body.tranches.map((t) => t.amount)).toEqual([10_000_000, 7_000_000, 3_000_000]);

    const current = await api.request<Agreement>('GET', '/api/v1/councils/351/agreement', {
      token: reviewer,
    });
    expect(current.body.version).toBe(2);

    const versions = await api.request<{
      items: (Agreement & { createdBy: { sub: string }; createdAt: string })[];
    }>('GET', '/api/v1/councils/351/agreement/versions', { token: reviewer });
    expect(versions.body.items.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.body.items[0]).toMatchObject({
      reason: 'Re-profiled: more in 2024-25, less in 2025-26',
      createdBy: { sub: 'dfe-admin-dfe' },
    });
    expect(versions.body.items[1]?.tranches.map((t) => t.amount)).toEqual([
      10_000_000, 6_000_000, 4_000_000,
    ]);

    const actions = (await auditActions('351')).map((a) => a.action);
    expect(actions.slice(0, 2)).toEqual(['agreement.varied', 'agreement.created']);
  });

  it('needs If-Match to vary (428), refuses a stale one (412), and writes nothing then', async () => {
    const body = agreementBody({ reason: 'Term extended', lastYear: '2026-27' });
    const missing = await api.request<Problem>('PUT', '/api/v1/councils/351/agreement', {
      token: admin,
      body,
    });
    expect(missing.status).toBe(428);
    const stale = await api.request<Problem>('PUT', '/api/v1/councils/351/agreement', {
      token: admin,
      body,
      headers: { 'If-Match': '1' },
    });
    expect(stale.status).toBe(412);
    const current = await api.request<Agreement>('GET', '/api/v1/councils/351/agreement', {
      token: admin,
    });
    expect(current.body.version).toBe(2);
  });

  it('needs a reason for a variation', async () => {
    const res = await api.request<Problem>('PUT', '/api/v1/councils/351/agreement', {
      token: admin,
      body: agreementBody(),
      headers: { 'If-Match': '2' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'reason', message: expect.any(String) }]);
  });

  const invalidCases: [string, Partial<ReturnType<typeof agreementBody>>, string][] = [
    [
      'tranche amounts that do not add up to the DfE contribution',
      { dfeContributionTotal: 21_000_000 },
      'tranches',
    ],
    [
      'a trajectory year outside the term',
      { trajectory: [{ financialYear: '2027-28', plannedCumulativeDeficit: 0 }] },
      'trajectory[0].financialYear',
    ],
    [
      'a repeated trajectory year',
      {
        trajectory: [
          { financialYear: '2023-24', plannedCumulativeDeficit: 1 },
          { financialYear: '2023-24', plannedCumulativeDeficit: 2 },
        ],
      },
      'trajectory[1].financialYear',
    ],
    [
      'a tranche year outside the term',
      {
        tranches: [
          {
            id: 'a',
            financialYear: '2026-27',
            amount: 20_000_000,
            dueOn: '2026-09-30',
            conditionIds: [],
          },
        ],
      },
      'tranches[0].financialYear',
    ],
    [
      'repeated condition ids',
      {
        conditions: [
          { id: 'same', title: 'One' },
          { id: 'same', title: 'Two' },
        ],
        tranches: [
          {
            id: 'a',
            financialYear: '2023-24',
            amount: 20_000_000,
            dueOn: '2023-09-30',
            conditionIds: [],
          },
        ],
      },
      'conditions[1].id',
    ],
    [
      'repeated tranche ids',
      {
        tranches: [
          {
            id: 'a',
            financialYear: '2023-24',
            amount: 10_000_000,
            dueOn: '2023-09-30',
            conditionIds: [],
          },
          {
            id: 'a',
            financialYear: '2024-25',
            amount: 10_000_000,
            dueOn: '2024-09-30',
            conditionIds: [],
          },
        ],
      },
      'tranches[1].id',
    ],
    [
      'a tranche naming an unknown condition',
      {
        tranches: [
          {
            id: 'a',
            financialYear: '2023-24',
            amount: 20_000_000,
            dueOn: '2023-09-30',
            conditionIds: ['nope'],
          },
        ],
      },
      'tranches[0].conditionIds[0]',
    ],
    [
      'a last year before the first year',
      { firstYear: '2025-26', lastYear: '2023-24' },
      'lastYear',
    ],
    ['a financial year written wrongly', { firstYear: '2023-25' }, 'firstYear'],
    ['an unknown field', { colour: 'blue' } as never, 'colour'],
  ];

  it.each(invalidCases)('refuses %s with 422 naming the field', async (_name, overrides, path) => {
    await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '900', name: 'Invalidshire' },
    });
    const res = await api.request<Problem>('PUT', '/api/v1/councils/900/agreement', {
      token: admin,
      body: agreementBody(overrides),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors?.map((e) => e.path)).toContain(path);
    expect(
      (await api.request('GET', '/api/v1/councils/900/agreement', { token: admin })).status,
    ).toBe(404);
  });

  it('lets council users read their agreement but not write it, and hides other councils', async () => {
    await newCouncil('865');
    await api.request('PUT', '/api/v1/councils/865/agreement', {
      token: admin,
      body: agreementBody(),
    });
    for (const role of ['council-viewer', 'council-editor', 'council-approver'] as const) {
      const token = await api.tokenFor(role, '351');
      expect((await api.request('GET', '/api/v1/councils/351/agreement', { token })).status).toBe(
        200,
      );
      expect(
        (await api.request('GET', '/api/v1/councils/351/agreement/versions', { token })).status,
      ).toBe(200);
      const write = await api.request('PUT', '/api/v1/councils/351/agreement', {
        token,
        body: agreementBody({ reason: 'x' }),
        headers: { 'If-Match': '2' },
      });
      expect(write.status).toBe(403);
      for (const path of ['agreement', 'agreement/versions', 'conditions', 'tranches']) {
        expect((await api.request('GET', `/api/v1/councils/865/${path}`, { token })).status).toBe(
          404,
        );
      }
      const foreignWrite = await api.request('PUT', '/api/v1/councils/865/agreement', {
        token,
        body: agreementBody(),
      });
      expect(foreignWrite.status).toBe(404);
    }
    const reviewerWrite = await api.request('PUT', '/api/v1/councils/865/agreement', {
      token: reviewer,
      body: agreementBody({ reason: 'x' }),
      headers: { 'If-Match': '1' },
    });
    expect(reviewerWrite.status).toBe(403);
  });
});

describe('tranches and condition assessments', () => {
  const decide = (laCode: string, id: string, body: unknown, token = admin) =>
    api.request<Problem & { status: string; backPaid: boolean }>(
      'POST',
      `/api/v1/councils/${laCode}/tranches/${id}/decision`,
      {
        token,
        body,
      },
    );
  const assess = (laCode: string, conditionId: string, body: unknown, token = reviewer) =>
    api.request<Problem>(
      'POST',
      `/api/v1/councils/${laCode}/conditions/${conditionId}/assessments`,
      { token, body },
    );

  it('lists every tranche as scheduled before any decision', async () => {
    await newCouncil('801');
    await api.request('PUT', '/api/v1/councils/801/agreement', {
      token: admin,
      body: agreementBody(),
    });
    const res = await api.request<{
      items: { id: string; status: string; decisions: unknown[] }[];
    }>('GET', '/api/v1/councils/801/tranches', {
      token: await api.tokenFor('council-viewer', '801'),
    });
    expect(res.body.items.map((t) => [t.id, t.status])).toEqual([
      ['initial', 'scheduled'],
      ['y2', 'scheduled'],
      ['y3', 'scheduled'],
    ]);
  });

  it('refuses to release while a linked condition is unassessed or at risk, naming it; an override with a reason releases and is audited', async () => {
    const unassessed = await decide('801', 'y2', { decision: 'release', reason: 'Year 2 payment' });
    expect(unassessed.status).toBe(409);
    expect(unassessed.body.detail).toContain('mainstream-inclusion');

    expect(
      (
        await assess('801', 'mainstream-inclusion', {
          period: '2024-25-Q2',
          status: 'at-risk',
          note: 'Slow progress',
        })
      ).status,
    ).toBe(201);
    const atRisk = await decide('801', 'y2', { decision: 'release', reason: 'Year 2 payment' });
    expect(atRisk.status).toBe(409);
    expect(atRisk.body.errors).toEqual([
      { path: 'conditions.mainstream-inclusion', message: expect.any(String) },
    ]);

    const overridden = await decide('801', 'y2', {
      decision: 'release',
      reason: 'Minister agreed to release given the new inclusion plan',
      override: true,
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({ status: 'released', backPaid: false });

    const audit = await auditActions('801');
    expect(audit[0]).toMatchObject({
      action: 'tranche.release',
      actor: { sub: 'dfe-admin-dfe' },
      after: {
        status: 'released',
        override: true,
        reason: 'Minister agreed to release given the new inclusion plan',
        overriddenConditionIds: ['mainstream-inclusion'],
      },
    });

    const again = await decide('801', 'y2', { decision: 'withhold', reason: 'Changed mind' });
    expect(again.status).toBe(409);
  });

  it('releases without override once every linked condition is met or on track, and marks a held-back tranche back-paid', async () => {
    expect(
      (await decide('801', 'y3', { decision: 'withhold', reason: 'Insufficient progress' })).body
        .status,
    ).toBe('withheld');
    await assess('801', 'mainstream-inclusion', {
      period: '2024-25-Q3',
      status: 'on-track',
      note: 'Improving',
    });
    await assess('801', 'inmss-placements', {
      period: '2024-25-Q3',
      status: 'met',
      note: 'Target met',
    });
    const released = await decide('801', 'y3', {
      decision: 'release',
      reason: 'Revised plan agreed',
    });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'released', backPaid: true });
  });

  it('refuses a variation that changes or removes a released tranche (409)', async () => {
    const current = await api.request<Agreement>('GET', '/api/v1/councils/801/agreement', {
      token: admin,
    });
    const res = await api.request<Problem>('PUT', '/api/v1/councils/801/agreement', {
      token: admin,
      headers: { 'If-Match': String(current.body.version) },
      body: agreementBody({
        reason: 'Re-profile',
        tranches: [
          {
            id: 'initial',
            financialYear: '2023-24',
            amount: 10_000_000,
            dueOn: '2023-03-31',
            conditionIds: [],
          },
          {
            id: 'y2',
            financialYear: '2024-25',
            amount: 5_000_000,
            dueOn: '2024-09-30',
            conditionIds: ['mainstream-inclusion'],
          },
          {
            id: 'y3',
            financialYear: '2025-26',
            amount: 5_000_000,
            dueOn: '2025-09-30',
            conditionIds: ['mainstream-inclusion'],
          },
        ],
      }),
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('y2');
  });

  it('shows each condition with its latest DfE assessment and history by period', async () => {
    const res = await api.request<{
      items: {
        id: string;
        latestAssessment?: { status: string; period: string };
        history: { period: string; assessments: unknown[] }[];
      }[];
    }>('GET', '/api/v1/councils/801/conditions', {
      token: await api.tokenFor('council-viewer', '801'),
    });
    expect(res.status).toBe(200);
    const mainstream = res.body.items.find((c) => c.id === 'mainstream-inclusion');
    expect(mainstream?.latestAssessment).toMatchObject({
      period: '2024-25-Q3',
      status: 'on-track',
    });
    expect(mainstream?.history.map((h) => h.period)).toEqual(['2024-25-Q2', '2024-25-Q3']);
  });

  it('validates assessments: known condition, a period of the agreement, reviewers only', async () => {
    expect(
      (await assess('801', 'nope', { period: '2024-25-Q2', status: 'met', note: 'x' })).status,
    ).toBe(404);
    const termly = await assess('801', 'mainstream-inclusion', {
      period: '2024-25-T2',
      status: 'met',
      note: 'x',
    });
    expect(termly.status).toBe(422);
    expect(termly.body.errors?.[0]?.path).toBe('period');
    expect(
      (
        await assess('801', 'mainstream-inclusion', {
          period: '2031-32-Q1',
          status: 'met',
          note: 'x',
        })
      ).status,
    ).toBe(422);
    const council = await assess(
      '801',
      'mainstream-inclusion',
      { period: '2024-25-Q2', status: 'met', note: 'x' },
      await api.tokenFor('council-approver', '801'),
    );
    expect(council.status).toBe(403);
    const reviewerDecides = await decide(
      '801',
      'initial',
      { decision: 'release', reason: 'x' },
      reviewer,
    );
    expect(reviewerDecides.status).toBe(403);
    expect((await decide('801', 'nope', { decision: 'release', reason: 'x' })).status).toBe(404);
  });
});

describe('ids chosen by clients', () => {
  it('takes ids with capitals and underscores, case-sensitive, and routes to them', async () => {
    await newCouncil('830');
    const body = agreementBody({
      conditions: [
        { id: 'KPI_3', title: 'Timely EHC plans' },
        { id: 'kpi_3', title: 'Another condition, told apart by case' },
      ],
      tranches: [
        {
          id: 'T2024',
          financialYear: '2023-24',
          amount: 10_000_000,
          dueOn: '2023-03-31',
          conditionIds: [],
        },
        {
          id: 't2024',
          financialYear: '2024-25',
          amount: 10_000_000,
          dueOn: '2024-03-31',
          conditionIds: ['KPI_3'],
        },
      ],
    });
    const saved = await api.request<Agreement>('PUT', '/api/v1/councils/830/agreement', {
      token: admin,
      body,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.tranches.map((t) => t.id)).toEqual(['T2024', 't2024']);
    const decided = await api.request<{ id: string; status: string }>(
      'POST',
      '/api/v1/councils/830/tranches/T2024/decision',
      { token: admin, body: { decision: 'release', reason: 'First payment' } },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const tranches = await api.request<{ items: { id: string; status: string }[] }>(
      'GET',
      '/api/v1/councils/830/tranches',
      { token: admin },
    );
    expect(tranches.body.items.map((t) => [t.id, t.status])).toEqual([
      ['T2024', 'released'],
      ['t2024', 'scheduled'],
    ]);
    const assessed = await api.request(
      'POST',
      '/api/v1/councils/830/conditions/KPI_3/assessments',
      {
        token: reviewer,
        body: { period: '2023-24-Q4', status: 'met', note: 'Met on time' },
      },
    );
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(201);
  });

  it.each(['-lead', 'has space', 'a#b', 'x'.repeat(65)])(
    'refuses the id %j with 422',
    async (id) => {
      const res = await api.request<Problem>('PUT', '/api/v1/councils/830/agreement', {
        token: admin,
        headers: { 'If-Match': '*' },
        body: agreementBody({ conditions: [{ id, title: 'Bad id' }] }),
      });
      expect(res.status).toBe(422);
      expect(res.body.errors?.map((e) => e.path)).toContain('conditions[0].id');
    },
  );
});

describe('If-Match: *', () => {
  it('matches whatever version is current (RFC 9110), and nothing before the first save', async () => {
    await newCouncil('840');
    const path = '/api/v1/councils/840/agreement';
    const first = await api.request('PUT', path, {
      token: admin,
      headers: { 'If-Match': '*' },
      body: agreementBody(),
    });
    expect(first.status).toBe(412);
    expect((await api.request('PUT', path, { token: admin, body: agreementBody() })).status).toBe(
      201,
    );
    const varied = await api.request<Agreement>('PUT', path, {
      token: admin,
      headers: { 'If-Match': '*' },
      body: agreementBody({ reason: 'Any version will do' }),
    });
    expect(varied.status).toBe(200);
    expect(varied.body.version).toBe(2);
  });
});
