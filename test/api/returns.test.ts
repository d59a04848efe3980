import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { agreementBody, completeReturn } from '../support/fixtures';

let api: TestApi;
let admin: string;
let reviewer: string;
let editor: string;
let approver: string;

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Detail = {
  period: string;
  status: string;
  version: number;
  dueOn: string;
  late: boolean;
  content: Record<string, unknown>;
  submittedAt?: string;
  signOff?: { name: string; role: string };
  review?: { decision: string; comments?: string };
};
type History = {
  items: {
    version: number;
    action: string;
    status: string;
    actor: { sub: string };
    content?: unknown;
  }[];
};

const base = '/api/v1/councils/351/returns';
const signOff = { signOff: { name: 'Sam Patel', role: 'Section 151 officer' } };

async function audit() {
  const res = await api.request<{ items: { action: string; actor: { sub: string } }[] }>(
    'GET',
    '/api/v1/councils/351/audit',
    {
      token: admin,
    },
  );
  return res.body.items;
}

function save(period: string, body: unknown, version?: number, token = editor) {
  return api.request<Detail & Problem>('PUT', `${base}/${period}`, {
    token,
    body,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}

function submit(period: string, key: string, body: unknown = signOff, token = approver) {
  return api.request<Detail & Problem>('POST', `${base}/${period}/submit`, {
    token,
    body,
    headers: { 'Idempotency-Key': key },
  });
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T10:00:00Z') });
  admin = await api.tokenFor('dfe-admin');
  reviewer = await api.tokenFor('dfe-reviewer');
  editor = await api.tokenFor('council-editor', '351');
  approver = await api.tokenFor('council-approver', '351');
  for (const [laCode, name] of [
    ['351', 'Bury'],
    ['865', 'Wiltshire'],
  ]) {
    await api.request('POST', '/api/v1/councils', { token: admin, body: { laCode, name } });
    await api.request('PUT', `/api/v1/councils/${laCode}/agreement`, {
      token: admin,
      body: agreementBody(),
    });
  }
});
afterAll(() => api.close());

describe('a return from draft to accepted', () => {
  it('goes draft → submitted → returned with comments → edited → resubmitted → accepted, with history and audit at each step', async () => {
    const period = '2024-25-Q2';
    const draft = await save(period, { finance: { highNeedsIncome: 48_000_000 } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      period,
      status: 'draft',
      version: 1,
      dueOn: '2024-10-30',
      late: true,
    });
    expect((await audit())[0]?.action).toBe('return.created');

    const saved = await save(period, completeReturn(), 1);
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    expect((await audit())[0]?.action).toBe('return.saved');

    const submitted = await submit(period, 'submit-q2-1');
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      version: 3,
      signOff: signOff.signOff,
    });
    expect(submitted.body.submittedAt).toBe('2024-12-01T10:00:00.000Z');
    expect((await audit())[0]).toMatchObject({
      action: 'return.submitted',
      actor: { sub: 'council-approver-351' },
    });

    const notEditable = await save(period, completeReturn({ narrative: 'changed' }), 3);
    expect(notEditable.status).toBe(409);

    const withoutComments = await api.request<Problem>('POST', `${base}/${period}/review`, {
      token: reviewer,
      body: { decision: 'return' },
    });
    expect(withoutComments.status).toBe(422);
    expect(withoutComments.body.errors?.[0]?.path).toBe('comments');

    const returned = await api.request<Detail>('POST', `${base}/${period}/review`, {
      token: reviewer,
      body: { decision: 'return', comments: 'Explain the savings shortfall.' },
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'returned',
      version: 4,
      review: { decision: 'return', comments: 'Explain the savings shortfall.' },
    });
    expect((await audit())[0]).toMatchObject({
      action: 'return.returned',
      actor: { sub: 'dfe-reviewer-dfe' },
    });

    const councilSees = await api.request<Detail>('GET', `${base}/${period}`, { token: editor });
    expect(councilSees.body.review?.comments).toBe('Explain the savings shortfall.');

    const fixed = await save(
      period,
      completeReturn({ narrative: 'Savings shortfall: delayed panel restructure.' }),
      4,
    );
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ status: 'returned', version: 5 });

    const resubmitted = await submit(period, 'submit-q2-2');
    expect(resubmitted.body).toMatchObject({ status: 'submitted', version: 6 });
    expect(resubmitted.body.review).toBeUndefined();

    const accepted = await api.request<Detail>('POST', `${base}/${period}/review`, {
      token: reviewer,
      body: { decision: 'accept' },
    });
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 7 });

    const history = await api.request<History>('GET', `${base}/${period}/history`, {
      token: editor,
    });
    expect(history.body.items.map((h) => [h.version, h.action, h.status])).toEqual([
      [7, 'accepted', 'accepted'],
      [6, 'submitted', 'submitted'],
      [5, 'saved', 'returned'],
      [4, 'returned', 'returned'],
      [3, 'submitted', 'submitted'],
      [2, 'saved', 'draft'],
      [1, 'saved', 'draft'],
    ]);
    // What was submitted first stays as it was: the resubmission is a new version.
    const first = history.body.items.find((h) => h.version === 3);
    expect(first?.content).toMatchObject({ narrative: completeReturn().narrative });
    const second = history.body.items.find((h) => h.version === 6);
    expect(second?.content).toMatchObject({
      narrative: 'Savings shortfall: delayed panel restructure.',
    });

    expect((await audit()).slice(0, 7).map((a) => a.action)).toEqual([
      'return.accepted',
      'return.submitted',
      'return.saved',
      'return.returned',
      'return.submitted',
      'return.saved',
      'return.created',
    ]);

    const list = await api.request<{ items: { period: string; status: string; late: boolean }[] }>(
      'GET',
      base,
      { token: editor },
    );
    expect(list.body.items).toEqual([
      expect.objectContaining({ period, status: 'accepted', late: true }),
    ]);
  });

  it('feeds the conditions view with the statuses of accepted and submitted returns', async () => {
    const res = await api.request<{
      items: { id: string; latestCouncilStatus?: { period: string; status: string } }[];
    }>('GET', '/api/v1/councils/351/conditions', { token: editor });
    const inmss = res.body.items.find((c) => c.id === 'inmss-placements');
    expect(inmss?.latestCouncilStatus).toMatchObject({ period: '2024-25-Q2', status: 'at-risk' });
  });
});

describe('optimistic locking', () => {
  it('lets one of two editors saving the same version win; the other gets 412 and nothing of theirs is written', async () => {
    const period = '2024-25-Q1';
    await save(period, { narrative: 'start' });
    const other = await api.tokenFor('council-editor', '351', 'second-editor');
    const [a, b] = await Promise.all([
      save(period, { narrative: 'from editor A' }, 1),
      save(period, { narrative: 'from editor B' }, 1, other),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? 'from editor A' : 'from editor B';
    const current = await api.request<Detail>('GET', `${base}/${period}`, { token: editor });
    expect(current.body).toMatchObject({ version: 2, content: { narrative: winner } });
    const history = await api.request<History>('GET', `${base}/${period}/history`, {
      token: editor,
    });
    expect(history.body.items).toHaveLength(2);
  });

  it('needs If-Match to update (428) and refuses a stale one (412)', async () => {
    expect((await save('2024-25-Q1', { narrative: 'x' })).status).toBe(428);
    expect((await save('2024-25-Q1', { narrative: 'x' }, 1)).status).toBe(412);
  });
});

describe('idempotent submission', () => {
  it('answers a repeated key with the first response and writes nothing more, also when the repeats race', async () => {
    const period = '2024-25-Q3';
    await save(period, completeReturn());
    const auditBefore = (await audit()).length;
    const responses = await Promise.all([
      submit(period, 'same-key'),
      submit(period, 'same-key'),
      submit(period, 'same-key'),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(responses[1]?.body).toEqual(responses[0]?.body);
    expect(responses[2]?.body).toEqual(responses[0]?.body);
    const later = await submit(period, 'same-key');
    expect(later.body).toEqual(responses[0]?.body);

    const after = await audit();
    expect(after.length).toBe(auditBefore + 1);
    expect(after[0]).toMatchObject({ action: 'return.submitted' });
    const history = await api.request<History>('GET', `${base}/${period}/history`, {
      token: editor,
    });
    expect(history.body.items.filter((h) => h.action === 'submitted')).toHaveLength(1);
  });

  it('lets only one of two different submissions of one return through', async () => {
    const period = '2024-25-Q4';
    await save(period, completeReturn());
    const [a, b] = await Promise.all([submit(period, 'key-a'), submit(period, 'key-b')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const history = await api.request<History>('GET', `${base}/${period}/history`, {
      token: editor,
    });
    expect(history.body.items.filter((h) => h.action === 'submitted')).toHaveLength(1);
  });

  it('refuses a key reused for a different request, and a missing key', async () => {
    // The key's first use is this test's own, so that it holds when run alone too.
    await save('2025-26-Q4', completeReturn());
    expect((await submit('2025-26-Q4', 'used-key')).status).toBe(200);
    const reused = await submit('2025-26-Q1', 'used-key');
    expect(reused.status).toBe(422);
    const res = await api.request<Problem>('POST', `${base}/2024-25-Q4/submit`, {
      token: approver,
      body: signOff,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('Idempotency-Key');
  });
});

describe('what a return must be', () => {
  it('refuses an incomplete submission with 422 naming each gap, and stays a draft', async () => {
    const period = '2025-26-Q1';
    await save(period, {
      finance: { highNeedsIncome: 1 },
      demand: { ehcpsTotal: 10, newEhcps: 1 },
      placements: { mainstream: 8, laMaintainedSpecial: 5 },
      conditions: [{ conditionId: 'mainstream-inclusion', status: 'met', statement: 'Done' }],
    });
    const res = await submit(period, 'incomplete-1');
    expect(res.status).toBe(422);
    const paths = res.body.errors?.map((e) => e.path) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'finance.highNeedsExpenditure',
        'finance.forecastInYearBalance',
        'finance.forecastCumulativeDeficit',
        'placements.independentSpecial',
        'conditions[inmss-placements]',
        'narrative',
      ]),
    );
    expect(
      paths.some(
        (p) =>
          p.startsWith('placements') &&
          res.body.errors?.find((e) => e.path === p)?.message.includes('EHCP'),
      ),
    ).toBe(true);
    const current = await api.request<Detail>('GET', `${base}/${period}`, { token: editor });
    expect(current.body.status).toBe('draft');
  });

  it('refuses a termly period on a quarterly agreement, and a period outside the term', async () => {
    const termly = await save('2024-25-T1', { narrative: 'x' });
    expect(termly.status).toBe(422);
    expect(termly.body.errors?.[0]?.path).toBe('period');
    expect((await save('2026-27-Q1', { narrative: 'x' })).status).toBe(422);
    expect((await save('2022-23-Q4', { narrative: 'x' })).status).toBe(422);
    expect((await save('2024-25-Q5', { narrative: 'x' })).status).toBe(404);
  });

  it('refuses unknown fields and invalid values in a draft', async () => {
    const res = await save('2025-26-Q2', {
      finance: { highNeedsIncome: 1.5, bonus: 1 },
      demand: { ehcpsTotal: -1 },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path).sort()).toEqual([
      'demand.ehcpsTotal',
      'finance.bonus',
      'finance.highNeedsIncome',
    ]);
    expect((await api.request('GET', `${base}/2025-26-Q2`, { token: editor })).status).toBe(404);
  });
});

describe('listing returns', () => {
  it('pages with limit and cursor, and refuses a cursor from another council', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { period: string }[]; nextCursor: string | null } } =
        await api.request('GET', `${base}?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
          token: editor,
        });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((r) => r.period));
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = await api.request<{ items: { period: string }[] }>('GET', base, { token: editor });
    expect(seen).toEqual(all.body.items.map((r) => r.period));
    expect(seen.length).toBeGreaterThan(2);

    const first = await api.request<{ nextCursor: string }>('GET', `${base}?limit=1`, {
      token: editor,
    });
    const wiltshire = await api.tokenFor('council-viewer', '865');
    const foreign = await api.request(
      'GET',
      `/api/v1/councils/865/returns?cursor=${first.body.nextCursor}`,
      { token: wiltshire },
    );
    expect(foreign.status).toBe(400);
  });
});

describe('who may do what', () => {
  it('lets an editor save but not submit, a viewer only read, and a DfE reviewer review but not edit', async () => {
    const period = '2025-26-Q3';
    const viewer = await api.tokenFor('council-viewer', '351');
    expect((await save(period, completeReturn(), undefined, viewer)).status).toBe(403);
    expect((await save(period, completeReturn(), undefined, reviewer)).status).toBe(403);
    expect((await save(period, completeReturn(), undefined, admin)).status).toBe(403);
    expect((await save(period, completeReturn())).status).toBe(201);
    expect((await submit(period, 'editor-key', signOff, editor)).status).toBe(403);
    const review = await api.request('POST', `${base}/${period}/review`, {
      token: approver,
      body: { decision: 'accept' },
    });
    expect(review.status).toBe(403);
    expect((await api.request('GET', `${base}/${period}`, { token: viewer })).status).toBe(200);
    expect((await api.request('GET', `${base}/${period}`, { token: reviewer })).status).toBe(200);
  });

  it("keeps a council's users out of another council's returns (404)", async () => {
    const wiltshire = await api.tokenFor('council-approver', '865');
    for (const [method, path, body] of [
      ['GET', base],
      ['GET', `${base}/2024-25-Q2`],
      ['GET', `${base}/2024-25-Q2/history`],
      ['PUT', `${base}/2024-25-Q2`, { narrative: 'x' }],
      ['POST', `${base}/2025-26-Q3/submit`, signOff],
    ] as const) {
      const res = await api.request(method, path, {
        token: wiltshire,
        body,
        headers: { 'Idempotency-Key': 'x1', 'If-Match': '1' },
      });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const current = await api.request<Detail>('GET', `${base}/2025-26-Q3`, { token: editor });
    expect(current.body.status).toBe('draft');
  });
});
