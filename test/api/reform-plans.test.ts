import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: string;
let reviewer: string;
let viewer: string;
let editor: string;
let approver: string;
let otherEditor: string;
let otherApprover: string;

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Plan = {
  laCode: string;
  status: string;
  version: number;
  content: { sections: { sectionId: string; text: string }[] };
  templateVersion?: number;
  submittedAt?: string;
  signOff?: { name: string; role: string };
  review?: {
    decision: string;
    comments?: string;
    ratings: { sectionId: string; rating: string }[];
  };
};
type Template = { version: number; sections: { id: string; title: string }[] };

const PLAN = '/api/v1/councils/351/reform-plan';
const TEMPLATE = '/api/v1/reform-plan-template';
const template = {
  sections: [
    { id: 'early', title: 'Early', guidance: 'Identify needs early.' },
    { id: 'local', title: 'Local' },
    { id: 'finance', title: 'Finance' },
  ],
};
const written = (ids: string[]) => ({
  sections: ids.map((sectionId) => ({
    sectionId,
    text: `What we will do: ${sectionId}`,
    actions: [{ title: 'Open a hub', owner: 'Head of SEND', dueOn: '2026-09-01' }],
    measures: ['ehcp-20-week-pct'],
  })),
});
const signOff = { signOff: { name: 'Sam Patel', role: 'Director of Children’s Services' } };
const allMeet = (ids = ['early', 'local', 'finance']) =>
  ids.map((sectionId) => ({ sectionId, rating: 'meets' }));

function savePlan(body: unknown, version?: number, token = editor, path = PLAN) {
  return api.request<Plan & Problem>('PUT', path, {
    token,
    body,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}
function submit(key: string | undefined, body: unknown = signOff, token = approver) {
  return api.request<Plan & Problem>('POST', `${PLAN}/submit`, {
    token,
    body,
    ...(key === undefined ? {} : { headers: { 'Idempotency-Key': key } }),
  });
}
function review(body: unknown, token = reviewer) {
  return api.request<Plan & Problem>('POST', `${PLAN}/review`, { token, body });
}
const getPlan = (token = editor) => api.request<Plan & Problem>('GET', PLAN, { token });
const paths = (res: { body: Problem }) => res.body.errors?.map((e) => e.path) ?? [];

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2026-04-20T10:00:00Z') });
  admin = await api.tokenFor('dfe-admin');
  reviewer = await api.tokenFor('dfe-reviewer');
  viewer = await api.tokenFor('council-viewer', '351');
  editor = await api.tokenFor('council-editor', '351');
  approver = await api.tokenFor('council-approver', '351');
  otherEditor = await api.tokenFor('council-editor', '865');
  otherApprover = await api.tokenFor('council-approver', '865');
  for (const [laCode, name] of [
    ['351', 'Bury'],
    ['865', 'Wiltshire'],
  ]) {
    await api.request('POST', '/api/v1/councils', { token: admin, body: { laCode, name } });
  }
});
afterAll(() => api.close());

describe('the reform plan template', () => {
  it('does not exist before DfE publishes it, and no plan can be written until then', async () => {
    expect((await api.request('GET', TEMPLATE, { token: viewer })).status).toBe(404);
    const res = await savePlan(written(['early']));
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('template');
  });

  it('is published by DfE administrators only', async () => {
    for (const token of [reviewer, approver, editor]) {
      expect((await api.request('PUT', TEMPLATE, { token, body: template })).status).toBe(403);
    }
  });

  it('refuses repeated section ids and ids that are not ids', async () => {
    const twice = await api.request<Problem>('PUT', TEMPLATE, {
      token: admin,
      body: { sections: [...template.sections, { id: 'early', title: 'Again' }] },
    });
    expect(twice.status).toBe(422);
    expect(paths(twice)).toEqual(['sections[3].id']);
    const bad = await api.request<Problem>('PUT', TEMPLATE, {
      token: admin,
      body: { sections: [{ id: '-early', title: 'Early' }] },
    });
    expect(bad.status).toBe(422);
    expect(paths(bad)).toEqual(['sections[0].id']);
  });

  it('is versioned: the first save creates it; later ones need If-Match', async () => {
    const first = await api.request<Template>('PUT', TEMPLATE, {
      token: admin,
      body: { sections: template.sections.slice(0, 2) },
    });
    expect(first.status).toBe(201);
    expect(first.body.version).toBe(1);
    expect(first.headers.get('etag')).toBe('"1"');

    expect((await api.request('PUT', TEMPLATE, { token: admin, body: template })).status).toBe(428);
    const stale = await api.request('PUT', TEMPLATE, {
      token: admin,
      body: template,
      headers: { 'If-Match': '"7"' },
    });
    expect(stale.status).toBe(412);
    const second = await api.request<Template>('PUT', TEMPLATE, {
      token: admin,
      body: template,
      headers: { 'If-Match': '"1"' },
    });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);
  });

  it('is read by every role, council users included', async () => {
    for (const token of [viewer, otherEditor, reviewer]) {
      const res = await api.request<Template>('GET', TEMPLATE, { token });
      expect(res.status).toBe(200);
      expect(res.body.sections.map((s) => s.id)).toEqual(['early', 'local', 'finance']);
    }
  });
});

describe('drafting the plan', () => {
  it('is for the council’s editors and approvers only', async () => {
    for (const token of [viewer, reviewer, admin]) {
      expect((await savePlan(written(['early']), undefined, token)).status).toBe(403);
    }
  });

  it('never reaches another council: 404 to read or write it', async () => {
    expect((await savePlan(written(['early']), undefined, otherEditor)).status).toBe(404);
    expect((await getPlan(otherEditor)).status).toBe(404);
    expect((await api.request('GET', `${PLAN}/history`, { token: otherEditor })).status).toBe(404);
  });

  it('takes only the template’s sections, each once', async () => {
    const unknown = await savePlan(written(['early', 'capital']));
    expect(unknown.status).toBe(422);
    expect(paths(unknown)).toEqual(['sections[1].sectionId']);
    const twice = await savePlan(written(['early', 'early']));
    expect(twice.status).toBe(422);
    expect(paths(twice)).toEqual(['sections[1].sectionId']);
    const badDate = await savePlan({
      sections: [{ sectionId: 'early', text: 'x', actions: [{ title: 'y', dueOn: '2026-02-30' }] }],
    });
    expect(badDate.status).toBe(422);
    expect(paths(badDate)).toEqual(['sections[0].actions[0].dueOn']);
    expect((await getPlan()).status).toBe(404);
  });

  it('creates a partial draft, then saves versions with If-Match', async () => {
    const first = await savePlan(written(['early']));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ laCode: '351', status: 'draft', version: 1 });

    expect((await savePlan(written(['early', 'local']))).status).toBe(428);
    expect((await savePlan(written(['early', 'local']), 9)).status).toBe(412);
    const second = await savePlan(written(['early', 'local']), 1);
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);

    const read = await getPlan(viewer);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"2"');
    expect(read.body.content.sections.map((s) => s.sectionId)).toEqual(['early', 'local']);
  });
});

describe('submitting, reviewing and resubmitting', () => {
  it('is for the approver, with an Idempotency-Key', async () => {
    expect((await submit('k-editor', signOff, editor)).status).toBe(403);
    expect((await submit('k-reviewer', signOff, reviewer)).status).toBe(403);
    const keyless = await submit(undefined);
    expect(keyless.status).toBe(400);
    expect(paths(keyless)).toEqual(['Idempotency-Key']);
    expect((await submit('k-other', signOff, otherApprover)).status).toBe(404);
  });

  it('needs text for every section of the current template, naming the missing ones', async () => {
    const res = await submit('k-incomplete');
    expect(res.status).toBe(422);
    expect(paths(res)).toEqual(['sections.finance']);
    expect(res.body.errors?.[0]?.message).toContain('Finance');
    expect((await getPlan()).body.status).toBe('draft');
  });

  it('submits once per key: a repeat gets the same answer and changes nothing', async () => {
    await savePlan(written(['early', 'local', 'finance']), 2);
    const first = await submit('k-first');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'submitted',
      version: 4,
      templateVersion: 2,
      signOff: signOff.signOff,
    });
    const repeat = await submit('k-first');
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    expect((await getPlan()).body.version).toBe(4);

    const reused = await submit('k-first', { signOff: { name: 'Someone else', role: 'DCS' } });
    expect(reused.status).toBe(422);
    expect((await submit('k-second')).status).toBe(409);
  });

  it('cannot be edited once submitted (409)', async () => {
    expect((await savePlan(written(['early']), 4)).status).toBe(409);
  });

  it('is reviewed by DfE reviewers, not councils', async () => {
    const body = { decision: 'approve', ratings: allMeet() };
    expect((await review(body, approver)).status).toBe(403);
    // Another council's user is not told the plan exists at all.
    expect((await review(body, otherEditor)).status).toBe(404);
  });

  it('needs a rating for every section, and comments to return', async () => {
    const unrated = await review({ decision: 'approve', ratings: allMeet(['early', 'local']) });
    expect(unrated.status).toBe(422);
    expect(paths(unrated)).toEqual(['ratings.finance']);
    const noComments = await review({ decision: 'return', comments: '  ', ratings: allMeet() });
    expect(noComments.status).toBe(422);
    expect(paths(noComments)).toEqual(['comments']);
    const badRating = await review({
      decision: 'approve',
      ratings: [...allMeet(['early', 'local']), { sectionId: 'finance', rating: 'excellent' }],
    });
    expect(badRating.status).toBe(422);
    expect(paths(badRating)).toEqual(['ratings[2].rating']);
    expect((await getPlan()).body.status).toBe('submitted');
  });

  it('returns the plan with comments and ratings; the council edits and resubmits it', async () => {
    const returned = await review({
      decision: 'return',
      comments: 'Say how the finance section reaches balance.',
      ratings: [
        { sectionId: 'early', rating: 'exceeds' },
        { sectionId: 'local', rating: 'meets' },
        { sectionId: 'finance', rating: 'requirements-not-met', comment: 'No figures.' },
      ],
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect(returned.body.review).toMatchObject({
      decision: 'return',
      comments: 'Say how the finance section reaches balance.',
    });
    expect((await review({ decision: 'approve', ratings: allMeet() })).status).toBe(409);

    const edited = await savePlan(written(['early', 'local', 'finance']), 5);
    expect(edited.status).toBe(200);
    expect(edited.body.status).toBe('returned');
    const again = await submit('k-resubmit');
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('submitted');
    expect(again.body.review).toBeUndefined();
  });

  it('approves the plan, which is then final', async () => {
    const approved = await review({ decision: 'approve', ratings: allMeet() });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await savePlan(written(['early']), approved.body.version)).status).toBe(409);
    expect((await submit('k-after')).status).toBe(409);
    expect((await review({ decision: 'return', comments: 'x', ratings: allMeet() })).status).toBe(
      409,
    );
  });

  it('keeps every version and status change, newest first', async () => {
    const res = await api.request<{
      items: { version: number; action: string; status: string; review?: unknown }[];
    }>('GET', `${PLAN}/history`, { token: viewer });
    expect(res.status).toBe(200);
    expect(res.body.items.map((h) => [h.version, h.action])).toEqual([
      [8, 'approved'],
      [7, 'submitted'],
      [6, 'saved'],
      [5, 'returned'],
      [4, 'submitted'],
      [3, 'saved'],
      [2, 'saved'],
      [1, 'saved'],
    ]);
    expect(res.body.items[3]?.review).toMatchObject({ decision: 'return' });
  });

  it('audits every change in the council’s trail', async () => {
    const res = await api.request<{ items: { action: string }[] }>(
      'GET',
      '/api/v1/councils/351/audit',
      { token: admin },
    );
    const actions = res.body.items.map((a) => a.action).filter((a) => a.startsWith('reform-plan'));
    expect(actions).toEqual([
      'reform-plan.approved',
      'reform-plan.submitted',
      'reform-plan.saved',
      'reform-plan.returned',
      'reform-plan.submitted',
      'reform-plan.saved',
      'reform-plan.saved',
      'reform-plan.created',
    ]);
  });

  it('shows on the DfE overview; a council without a plan is none', async () => {
    const res = await api.request<{ items: { laCode: string; reformPlanStatus: string }[] }>(
      'GET',
      '/api/v1/overview?period=2025-26-Q4',
      { token: reviewer },
    );
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.body.items.map((r) => [r.laCode, r.reformPlanStatus]))).toEqual({
      '351': 'approved',
      '865': 'none',
    });
  });
});
