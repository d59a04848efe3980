import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: string;
let reviewer: string;
let viewer: string;
let editor: string;
let approver: string;
let otherApprover: string;

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Grant = {
  laCode: string;
  version?: number;
  eligibleDeficit: number | null;
  basis: string | null;
  grant: number | null;
  status: string;
  difference: number | null;
  sources: {
    source: string;
    highNeedsDeficit: number;
    differenceFromEligible: number;
    counts: boolean;
  }[];
  determination?: { useSource?: string; reason: string };
  reformPlanStatus: string;
  decisions: { decision: string; from: string; to: string; grant?: number; reason: string }[];
};

const grantPath = (laCode = '351') => `/api/v1/councils/${laCode}/stability-grant`;
const figures = (...pairs: [string, number, number?][]) => ({
  asAt: '2026-03-31',
  sources: pairs.map(([source, highNeedsDeficit, otherBlocksDeficit]) => ({
    source,
    highNeedsDeficit,
    ...(otherBlocksDeficit === undefined ? {} : { otherBlocksDeficit }),
  })),
});

function putDeficit(body: unknown, version?: number, token = approver, laCode = '351') {
  return api.request<Grant & Problem>('PUT', `${grantPath(laCode)}/deficit`, {
    token,
    body,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}
function determine(body: unknown, token = admin, laCode = '351') {
  return api.request<Grant & Problem>('POST', `${grantPath(laCode)}/determination`, {
    token,
    body,
  });
}
function release(token = admin, laCode = '351') {
  return api.request<Grant & Problem>('POST', `${grantPath(laCode)}/decision`, {
    token,
    body: { decision: 'release', reason: 'Plan approved; figures agreed' },
  });
}
const getGrant = (token = viewer, laCode = '351') =>
  api.request<Grant & Problem>('GET', grantPath(laCode), { token });
const paths = (res: { body: Problem }) => res.body.errors?.map((e) => e.path) ?? [];

/** Takes the council's reform plan to approved the way councils and DfE do. */
async function approvePlan(laCode: string) {
  const councilApprover = await api.tokenFor('council-approver', laCode);
  const plan = `/api/v1/councils/${laCode}/reform-plan`;
  await api.request('PUT', plan, {
    token: councilApprover,
    body: { sections: [{ sectionId: 'early', text: 'Early help in every school.' }] },
  });
  await api.request('POST', `${plan}/submit`, {
    token: councilApprover,
    body: { signOff: { name: 'A Officer', role: 'DCS' } },
    headers: { 'Idempotency-Key': `approve-${laCode}` },
  });
  const res = await api.request<{ status: string }>('POST', `${plan}/review`, {
    token: reviewer,
    body: { decision: 'approve', ratings: [{ sectionId: 'early', rating: 'meets' }] },
  });
  expect(res.body.status).toBe('approved');
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2026-05-01T10:00:00Z') });
  admin = await api.tokenFor('dfe-admin');
  reviewer = await api.tokenFor('dfe-reviewer');
  viewer = await api.tokenFor('council-viewer', '351');
  editor = await api.tokenFor('council-editor', '351');
  approver = await api.tokenFor('council-approver', '351');
  otherApprover = await api.tokenFor('council-approver', '865');
  for (const [laCode, name] of [
    ['351', 'Bury'],
    ['865', 'Wiltshire'],
    ['839', 'Bournemouth, Christchurch and Poole'],
  ]) {
    await api.request('POST', '/api/v1/councils', { token: admin, body: { laCode, name } });
  }
  await api.request('PUT', '/api/v1/reform-plan-template', {
    token: admin,
    body: { sections: [{ id: 'early', title: 'Early' }] },
  });
});
afterAll(() => api.close());

describe('the deficit figures', () => {
  it('awaits figures at first', async () => {
    const res = await getGrant();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'awaiting-figures',
      eligibleDeficit: null,
      grant: null,
      sources: [],
      reformPlanStatus: 'none',
      decisions: [],
    });
    expect(res.body.version).toBeUndefined();
  });

  it('are entered by the council’s approver or DfE administrators only', async () => {
    const body = figures(['s251-outturn', 1_000]);
    for (const token of [viewer, editor, reviewer]) {
      expect((await putDeficit(body, undefined, token)).status).toBe(403);
    }
    expect((await putDeficit(body, undefined, otherApprover)).status).toBe(404);
    expect((await getGrant(otherApprover)).status).toBe(404);
    expect((await getGrant(admin, '999')).status).toBe(404);
  });

  it.each([
    {
      name: 'a source named twice',
      body: figures(['dsg-note', 10], ['s251-outturn', 10], ['dsg-note', 12]),
      paths: ['sources[2].source'],
    },
    {
      name: 'negative pounds',
      body: figures(['dsg-note', -10]),
      paths: ['sources[0].highNeedsDeficit'],
    },
    {
      name: 'fractional pounds',
      body: figures(['dsg-note', 10, 0.5]),
      paths: ['sources[0].otherBlocksDeficit'],
    },
    {
      name: 'pennies',
      body: figures(['dsg-note', 100.01]),
      paths: ['sources[0].highNeedsDeficit'],
    },
    {
      name: 'another date',
      body: { ...figures(['dsg-note', 10]), asAt: '2025-03-31' },
      paths: ['asAt'],
    },
    { name: 'an unknown source', body: figures(['budget', 10]), paths: ['sources[0].source'] },
    { name: 'no sources', body: figures(), paths: ['sources'] },
  ])('refuse $name (422), writing nothing', async ({ body, paths: expected }) => {
    const res = await putDeficit(body);
    expect(res.status).toBe(422);
    expect(paths(res)).toEqual(expected);
    expect((await getGrant()).body.status).toBe('awaiting-figures');
  });

  it('agree: every source the same high needs figure; other blocks never count', async () => {
    const res = await putDeficit(
      figures(
        ['s251-outturn', 41_234_567, 900_000],
        ['dsg-note', 41_234_567],
        ['s151-assurance', 41_234_567],
      ),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      version: 1,
      eligibleDeficit: 41_234_567,
      basis: 'agreed',
      grant: 37_111_110, // 90% is 37,111,110.3: rounded down to the pound
      difference: 0,
      status: 'awaiting-plan-approval',
    });
    expect(res.body.sources.every((s) => s.counts && s.differenceFromEligible === 0)).toBe(true);
  });

  it('are replaced with If-Match; where sources differ the lowest counts', async () => {
    expect((await putDeficit(figures(['s251-outturn', 1]))).status).toBe(428);
    expect((await putDeficit(figures(['s251-outturn', 1]), 5)).status).toBe(412);
    const res = await putDeficit(
      figures(
        ['s251-outturn', 41_000_000],
        ['dsg-note', 40_500_000],
        ['revenue-outturn', 41_000_000],
      ),
      1,
      admin,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2,
      eligibleDeficit: 40_500_000,
      basis: 'lowest',
      grant: 36_450_000,
      difference: 500_000,
    });
    expect(res.body.sources.map((s) => [s.source, s.differenceFromEligible, s.counts])).toEqual([
      ['s251-outturn', 500_000, false],
      ['dsg-note', 0, true],
      ['revenue-outturn', 500_000, false],
    ]);
  });
});

describe('a DfE determination', () => {
  it('is for DfE administrators, with a reason and a source among the figures', async () => {
    for (const token of [approver, reviewer]) {
      expect((await determine({ useSource: 's251-outturn', reason: 'x' }, token)).status).toBe(403);
    }
    const absent = await determine({ useSource: 's151-assurance', reason: 'Explained' });
    expect(absent.status).toBe(422);
    expect(paths(absent)).toEqual(['useSource']);
    const noReason = await determine({ useSource: 's251-outturn', reason: ' ' });
    expect(noReason.status).toBe(422);
    expect(paths(noReason)).toEqual(['reason']);
  });

  it('fixes which source counts, and is recorded as a decision', async () => {
    const res = await determine({
      useSource: 's251-outturn',
      reason: 'The DSG note omitted a late accrual; the council explained it.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      eligibleDeficit: 41_000_000,
      basis: 'determined',
      grant: 36_900_000,
      determination: { useSource: 's251-outturn' },
    });
    expect(res.body.decisions).toMatchObject([{ decision: 'determination' }]);
    expect((await getGrant()).body.basis).toBe('determined');
  });

  it('lapses when the figures are replaced', async () => {
    const res = await putDeficit(
      figures(['s251-outturn', 41_000_000], ['dsg-note', 40_600_000]),
      3,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ basis: 'lowest', eligibleDeficit: 40_600_000 });
    expect(res.body.determination).toBeUndefined();
    expect(res.body.decisions).toHaveLength(1);
  });

  it('needs figures to determine on (409)', async () => {
    expect((await determine({ reason: 'Nothing yet' }, admin, '865')).status).toBe(409);
  });
});

describe('releasing the grant', () => {
  it('is for DfE administrators', async () => {
    expect((await release(approver)).status).toBe(403);
    expect((await release(reviewer)).status).toBe(403);
  });

  it('is refused (409) until the reform plan is approved, and with nothing to pay', async () => {
    const early = await release();
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('reform plan');
    expect((await release(admin, '865')).status).toBe(409);

    await putDeficit(
      figures(['s251-outturn', 0], ['dsg-note', 0]),
      undefined,
      otherApprover,
      '865',
    );
    await approvePlan('865');
    const none = await getGrant(admin, '865');
    expect(none.body).toMatchObject({
      status: 'ineligible',
      grant: 0,
      reformPlanStatus: 'approved',
    });
    expect((await release(admin, '865')).status).toBe(409);
  });

  it('pays a payable grant once: a release is final', async () => {
    await approvePlan('351');
    expect((await getGrant()).body).toMatchObject({ status: 'payable', grant: 36_540_000 });
    const paid = await release();
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', grant: 36_540_000, basis: 'lowest' });
    expect(paid.body.decisions.at(-1)).toMatchObject({
      decision: 'release',
      from: 'payable',
      to: 'paid',
      grant: 36_540_000,
    });

    expect((await release()).status).toBe(409);
    const version = paid.body.version;
    expect((await putDeficit(figures(['s251-outturn', 1]), version)).status).toBe(409);
    expect((await determine({ useSource: 's251-outturn', reason: 'late' })).status).toBe(409);
    expect((await getGrant(viewer)).body).toMatchObject({ status: 'paid', grant: 36_540_000 });
  });

  it('audits every change in the council’s trail', async () => {
    const res = await api.request<{ items: { action: string }[] }>(
      'GET',
      '/api/v1/councils/351/audit',
      { token: admin },
    );
    expect(
      res.body.items.map((a) => a.action).filter((a) => a.startsWith('stability-grant')),
    ).toEqual([
      'stability-grant.release',
      'stability-grant.figures-saved',
      'stability-grant.determined',
      'stability-grant.figures-saved',
      'stability-grant.figures-saved',
    ]);
  });

  it('shows on the DfE overview with its status and grant', async () => {
    const res = await api.request<{
      items: { laCode: string; stabilityGrant: { status: string; grant: number | null } }[];
    }>('GET', '/api/v1/overview?period=2025-26-Q4', { token: reviewer });
    expect(Object.fromEntries(res.body.items.map((r) => [r.laCode, r.stabilityGrant]))).toEqual({
      '351': { status: 'paid', grant: 36_540_000 },
      '865': { status: 'ineligible', grant: 0 },
      '839': { status: 'awaiting-figures', grant: null },
    });
  });
});
