import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { countCalls } from '../support/count-calls';

/** The API's own clock for these tests: 1 October 2021. */
const NOW = new Date('2021-10-01T09:00:00.000Z');

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Scheme = {
  id: string;
  status: string;
  placesDelivered?: number;
  openedOn?: string;
  support?: string;
  amount?: number;
};
type Bid = {
  laCode: string;
  bidId: string;
  version: number;
  status: string;
  requested: number;
  awarded?: number;
  placesPlanned: number;
  placesDelivered: number;
  costByFunding: Record<string, number>;
  schemes: Scheme[];
  decision?: { awarded: number; allocated: number; unallocated: number; decidedBy: unknown };
};
type Page<T> = { items: T[]; nextCursor: string | null };

let api: TestApi;
const t = {} as Record<
  'admin' | 'reviewer' | 'viewer' | 'editor' | 'approver' | 'otherEditor' | 'otherViewer',
  string
>;

const scheme = (id: string, cost: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Scheme ${id}`,
  provisionType: 'resourced-provision',
  places: 10,
  cost,
  fundedFrom: 'this-bid',
  ...extra,
});

function bidBody(extra: Record<string, unknown> = {}) {
  return {
    title: 'High needs capital bid 2021',
    requested: 1_000_000,
    schemes: [
      scheme('nurture-1', 400_000),
      scheme('rp-2', 600_000, { places: 12 }),
      scheme('existing-1', 250_000, { fundedFrom: 'existing-capital', places: 8 }),
    ],
    ...extra,
  };
}

const path = (laCode: string, bidId: string, rest = '') =>
  `/api/v1/councils/${laCode}/capital-bids/${bidId}${rest}`;

async function put(laCode: string, bidId: string, body: unknown, token: string, ifMatch?: string) {
  return api.request<Bid & Problem>('PUT', path(laCode, bidId), {
    token,
    body,
    ...(ifMatch ? { headers: { 'If-Match': ifMatch } } : {}),
  });
}

async function decide(laCode: string, bidId: string, body: unknown, token = t.admin) {
  return api.request<Bid & Problem>('POST', path(laCode, bidId, '/decision'), { token, body });
}

async function progress(
  laCode: string,
  bidId: string,
  schemeId: string,
  body: unknown,
  ifMatch: string | undefined,
  token = t.editor,
) {
  return api.request<Bid & Problem>('PUT', path(laCode, bidId, `/schemes/${schemeId}/progress`), {
    token,
    body,
    ...(ifMatch ? { headers: { 'If-Match': ifMatch } } : {}),
  });
}

async function getBid(laCode: string, bidId: string, token = t.viewer) {
  return api.request<Bid & Problem>('GET', path(laCode, bidId), { token });
}

async function auditCount(laCode: string) {
  const res = await api.request<Page<{ action: string }>>(
    'GET',
    `/api/v1/councils/${laCode}/audit?limit=200`,
    { token: t.admin },
  );
  return res.body.items;
}

/** A bid entered and submitted, ready for DfE's decision. */
async function submittedBid(laCode: string, bidId: string) {
  const res = await put(laCode, bidId, bidBody({ submittedOn: '2021-04-30' }), t.editor);
  expect(res.status).toBe(201);
  return res.body;
}

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  t.admin = await api.tokenFor('dfe-admin');
  t.reviewer = await api.tokenFor('dfe-reviewer');
  t.viewer = await api.tokenFor('council-viewer', '351');
  t.editor = await api.tokenFor('council-editor', '351');
  t.approver = await api.tokenFor('council-approver', '351');
  t.otherEditor = await api.tokenFor('council-editor', '865');
  t.otherViewer = await api.tokenFor('council-viewer', '865');
  for (const [laCode, name] of [
    ['351', 'Bury'],
    ['865', 'Wiltshire'],
  ]) {
    const res = await api.request('POST', '/api/v1/councils', {
      token: t.admin,
      body: { laCode, name },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => api.close());

describe('entering a bid', () => {
  it('creates a draft, then versions each change with If-Match, auditing each', async () => {
    const created = await put('351', 'draft-a', bidBody(), t.editor);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({
      bidId: 'draft-a',
      version: 1,
      status: 'draft',
      requested: 1_000_000,
      placesPlanned: 30,
      placesDelivered: 0,
      costByFunding: { 'this-bid': 1_000_000, 'existing-capital': 250_000, central: 0 },
    });
    expect(created.body.schemes.map((s) => s.status)).toEqual(['planned', 'planned', 'planned']);

    const noVersion = await put('351', 'draft-a', bidBody({ title: 'Changed' }), t.editor);
    expect(noVersion.status).toBe(428);
    const stale = await put('351', 'draft-a', bidBody(), t.editor, '"7"');
    expect(stale.status).toBe(412);

    const submitted = await put(
      '351',
      'draft-a',
      bidBody({ submittedOn: '2021-04-30' }),
      t.approver,
      '"1"',
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ version: 2, status: 'submitted' });
    expect(submitted.headers.get('etag')).toBe('"2"');

    const read = await getBid('351', 'draft-a');
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"2"');
    expect(read.body).toMatchObject({ version: 2, status: 'submitted' });

    const actions = (await auditCount('351')).map((a) => a.action);
    expect(actions.filter((a) => a.startsWith('capital-bid.'))).toEqual([
      'capital-bid.saved',
      'capital-bid.created',
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'schemes funded from the bid cost more than requested',
      bidBody({ requested: 999_999 }),
      'requested',
    ],
    ['scheme ids repeat', bidBody({ schemes: [scheme('a', 1), scheme('a', 1)] }), 'schemes[1].id'],
    [
      'places are negative',
      bidBody({ schemes: [scheme('a', 1, { places: -1 })] }),
      'schemes[0].places',
    ],
    ['a cost is negative', bidBody({ schemes: [scheme('a', -1)] }), 'schemes[0].cost'],
    ['the request is not whole pounds', bidBody({ requested: 1.5 }), 'requested'],
    ['it was submitted after today', bidBody({ submittedOn: '2021-10-02' }), 'submittedOn'],
    ['a scheme id has a space', bidBody({ schemes: [scheme('a b', 1)] }), 'schemes[0].id'],
    [
      'a scheme id is 65 characters',
      bidBody({ schemes: [scheme(`a${'b'.repeat(64)}`, 1)] }),
      'schemes[0].id',
    ],
    [
      'a provision type is unknown',
      bidBody({ schemes: [scheme('a', 1, { provisionType: 'school' })] }),
      'schemes[0].provisionType',
    ],
    ['it names a council', bidBody({ laCode: '865' }), 'laCode'],
  ])('refuses a bid where %s (422), writing nothing', async (_, body, field) => {
    const before = (await auditCount('351')).length;
    const res = await put('351', 'refused-input', body, t.editor);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors?.map((e) => e.path)).toContain(field);
    expect((await getBid('351', 'refused-input')).status).toBe(404);
    expect((await auditCount('351')).length).toBe(before);
  });

  it('treats ids as case-sensitive: T1 and t1 are two schemes, Bid and bid two bids', async () => {
    const body = bidBody({ schemes: [scheme('T1', 500_000), scheme('t1', 500_000)] });
    expect((await put('351', 'Case', body, t.editor)).status).toBe(201);
    expect((await put('351', 'case', body, t.editor)).status).toBe(201);
    expect((await getBid('351', 'Case')).body.schemes.map((s) => s.id)).toEqual(['T1', 't1']);
  });

  it.each(['council-viewer', 'dfe-reviewer', 'dfe-admin'] as const)(
    'refuses a %s entering a bid (403)',
    async (role) => {
      const token = await api.tokenFor(role, role.startsWith('council') ? '351' : undefined);
      const res = await put('351', 'by-role', bidBody(), token);
      expect(res.status).toBe(403);
    },
  );
});

describe("DfE's decision", () => {
  it('awards a submitted bid with support per scheme, once; the bid is then fixed', async () => {
    await submittedBid('351', 'bid-award');
    const byReviewer = await decide(
      '351',
      'bid-award',
      { decidedOn: '2021-06-30', awarded: 1 },
      t.reviewer,
    );
    expect(byReviewer.status).toBe(403);
    const byCouncil = await decide(
      '351',
      'bid-award',
      { decidedOn: '2021-06-30', awarded: 1 },
      t.approver,
    );
    expect(byCouncil.status).toBe(403);

    const decided = await decide('351', 'bid-award', {
      decidedOn: '2021-06-30',
      awarded: 700_000,
      note: 'Strong support for the nurture scheme',
      schemes: [
        { schemeId: 'nurture-1', support: 'strong', amount: 400_000 },
        { schemeId: 'rp-2', support: 'further-consideration' },
      ],
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'awarded',
      version: 2,
      awarded: 700_000,
      decision: { awarded: 700_000, allocated: 400_000, unallocated: 300_000 },
    });
    expect(decided.body.schemes.map((s) => [s.id, s.support, s.amount])).toEqual([
      ['nurture-1', 'strong', 400_000],
      ['rp-2', 'further-consideration', undefined],
      ['existing-1', undefined, undefined],
    ]);

    const again = await decide('351', 'bid-award', { decidedOn: '2021-07-01', awarded: 1 });
    expect(again.status).toBe(409);
    const edit = await put('351', 'bid-award', bidBody(), t.editor, '"2"');
    expect(edit.status).toBe(409);
    expect((await getBid('351', 'bid-award')).body).toMatchObject({ version: 2, awarded: 700_000 });
  });

  it('refuses a bid when nothing is awarded', async () => {
    await submittedBid('351', 'bid-refuse');
    const res = await decide('351', 'bid-refuse', { decidedOn: '2021-06-30', awarded: 0 });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('refused');
  });

  it('cannot decide a draft (409)', async () => {
    expect((await put('351', 'bid-draft', bidBody(), t.editor)).status).toBe(201);
    const res = await decide('351', 'bid-draft', { decidedOn: '2021-06-30', awarded: 1 });
    expect(res.status).toBe(409);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['the award exceeds the request', { awarded: 1_000_001 }, 'awarded'],
    [
      'scheme amounts exceed the award',
      {
        awarded: 500_000,
        schemes: [
          { schemeId: 'nurture-1', support: 'strong', amount: 400_000 },
          { schemeId: 'rp-2', support: 'supported', amount: 100_001 },
        ],
      },
      'schemes',
    ],
    [
      'a scheme is not in the bid',
      { awarded: 1, schemes: [{ schemeId: 'Nurture-1', support: 'strong' }] },
      'schemes[0].schemeId',
    ],
    [
      'a scheme is named twice',
      {
        awarded: 1,
        schemes: [
          { schemeId: 'rp-2', support: 'strong' },
          { schemeId: 'rp-2', support: 'supported' },
        ],
      },
      'schemes[1].schemeId',
    ],
    ['the award is negative', { awarded: -1 }, 'awarded'],
    ['the decision is dated after today', { decidedOn: '2021-10-02', awarded: 1 }, 'decidedOn'],
    [
      'the support is unknown',
      { awarded: 1, schemes: [{ schemeId: 'rp-2', support: 'maybe' }] },
      'schemes[0].support',
    ],
  ])('refuses a decision where %s (422), writing nothing', async (_, extra, field) => {
    const id = `bid-bad-${field.replace(/\W/g, '')}-${String(extra.awarded)}`;
    await submittedBid('351', id);
    const res = await decide('351', id, { decidedOn: '2021-06-30', ...extra });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toContain(field);
    expect((await getBid('351', id)).body).toMatchObject({ version: 1, status: 'submitted' });
  });

  it('checks If-Match when DfE sends it', async () => {
    await submittedBid('351', 'bid-if-match');
    const stale = await api.request<Problem>('POST', path('351', 'bid-if-match', '/decision'), {
      token: t.admin,
      headers: { 'If-Match': '"9"' },
      body: { decidedOn: '2021-06-30', awarded: 1 },
    });
    expect(stale.status).toBe(412);
  });
});

describe("a scheme's delivery", () => {
  it('goes from planned through in progress to open, adding the places delivered', async () => {
    await submittedBid('351', 'bid-progress');
    const noVersion = await progress(
      '351',
      'bid-progress',
      'rp-2',
      { status: 'in-progress' },
      undefined,
    );
    expect(noVersion.status).toBe(428);
    const started = await progress('351', 'bid-progress', 'rp-2', { status: 'in-progress' }, '"1"');
    expect(started.status).toBe(200);
    expect(started.body.version).toBe(2);

    const noDate = await progress('351', 'bid-progress', 'rp-2', { status: 'open' }, '"2"');
    expect(noDate.status).toBe(422);
    expect(noDate.body.errors?.map((e) => e.path)).toEqual(['openedOn']);
    const negative = await progress(
      '351',
      'bid-progress',
      'rp-2',
      { status: 'open', openedOn: '2021-09-24', placesDelivered: -1 },
      '"2"',
    );
    expect(negative.status).toBe(422);

    const opened = await progress(
      '351',
      'bid-progress',
      'rp-2',
      { status: 'open', openedOn: '2021-09-24', placesDelivered: 12 },
      '"2"',
    );
    expect(opened.status).toBe(200);
    expect(opened.body.schemes.find((s) => s.id === 'rp-2')).toMatchObject({
      status: 'open',
      openedOn: '2021-09-24',
      placesDelivered: 12,
    });
    expect(opened.body).toMatchObject({ placesPlanned: 30, placesDelivered: 12 });

    const back = await progress('351', 'bid-progress', 'rp-2', { status: 'planned' }, '"3"');
    expect(back.status).toBe(409);

    const cancelled = await progress(
      '351',
      'bid-progress',
      'existing-1',
      { status: 'cancelled' },
      '"3"',
    );
    expect(cancelled.body).toMatchObject({ placesPlanned: 22, placesDelivered: 12 });

    // The council can still edit its submitted bid: the schemes keep their delivery.
    const edited = await put(
      '351',
      'bid-progress',
      bidBody({ submittedOn: '2021-04-30', title: 'Renamed' }),
      t.editor,
      '"4"',
    );
    expect(edited.status).toBe(200);
    expect(edited.body.schemes.find((s) => s.id === 'rp-2')?.status).toBe('open');

    const actions = (await auditCount('351')).map((a) => a.action);
    expect(actions.filter((a) => a === 'capital-scheme.progress')).toHaveLength(3);
  });

  it('records delivery after DfE has decided', async () => {
    await submittedBid('351', 'bid-after');
    await decide('351', 'bid-after', { decidedOn: '2021-06-30', awarded: 1_000_000 });
    const res = await progress(
      '351',
      'bid-after',
      'nurture-1',
      { status: 'open', openedOn: '2021-09-01', placesDelivered: 10 },
      '"2"',
    );
    expect(res.status).toBe(200);
    expect(res.body.placesDelivered).toBe(10);
  });

  it('is 404 for a scheme the bid does not have, and 403 for viewers and DfE', async () => {
    await submittedBid('351', 'bid-roles');
    expect(
      (await progress('351', 'bid-roles', 'nope', { status: 'in-progress' }, '"1"')).status,
    ).toBe(404);
    for (const token of [t.viewer, t.reviewer, t.admin]) {
      const res = await progress(
        '351',
        'bid-roles',
        'rp-2',
        { status: 'in-progress' },
        '"1"',
        token,
      );
      expect(res.status).toBe(403);
    }
  });
});

describe('tenants', () => {
  it("gives another council's users 404 for the bid, as for one that does not exist", async () => {
    await submittedBid('351', 'bid-private');
    const read = await getBid('351', 'bid-private', t.otherViewer);
    const ghost = await getBid('351', 'no-such-bid', t.otherViewer);
    expect(read.status).toBe(404);
    expect(read.body).toEqual(ghost.body);
    const list = await api.request('GET', '/api/v1/councils/351/capital-bids', {
      token: t.otherViewer,
    });
    expect(list.status).toBe(404);
    expect((await put('351', 'bid-private', bidBody(), t.otherEditor, '"1"')).status).toBe(404);
    expect(
      (
        await progress(
          '351',
          'bid-private',
          'rp-2',
          { status: 'in-progress' },
          '"1"',
          t.otherEditor,
        )
      ).status,
    ).toBe(404);
    expect((await getBid('351', 'bid-private')).body.version).toBe(1);
  });

  it('is 404 for a council that does not exist, even for DfE', async () => {
    const res = await api.request('GET', '/api/v1/councils/999/capital-bids', { token: t.admin });
    expect(res.status).toBe(404);
    expect((await getBid('999', 'x', t.admin)).status).toBe(404);
  });

  it("lists a council's own bids for its viewers, paginated", async () => {
    const first = await api.request<Page<Bid>>('GET', '/api/v1/councils/351/capital-bids?limit=2', {
      token: t.viewer,
    });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBeTruthy();
    expect(first.body.items.every((b) => b.laCode === '351')).toBe(true);
  });
});

describe('across councils (DfE)', () => {
  beforeAll(async () => {
    const res = await put(
      '865',
      'wilts-2024',
      {
        title: '=HYPERLINK("http://evil")',
        submittedOn: '2021-05-01',
        requested: 5_700_000,
        note: '@risk',
        schemes: [scheme('south', 5_700_000, { provisionType: 'special', places: 100 })],
      },
      t.otherEditor,
    );
    expect(res.status).toBe(201);
  });

  it('reads every council’s bids of a status in a constant number of queries', async () => {
    const counter = countCalls(api.store.db);
    const res = await api.request<Page<Bid & { councilName: string }>>(
      'GET',
      '/api/v1/capital-bids?status=submitted&limit=200',
      { token: t.reviewer },
    );
    counter.stop();
    expect(res.status).toBe(200);
    expect(res.body.items.every((b) => b.status === 'submitted')).toBe(true);
    expect(new Set(res.body.items.map((b) => b.laCode))).toEqual(new Set(['351', '865']));
    expect(res.body.items.find((b) => b.laCode === '865')?.councilName).toBe('Wiltshire');
    expect(counter.calls.filter((c) => c === 'QueryCommand')).toHaveLength(2);
    expect(counter.calls.filter((c) => c !== 'QueryCommand')).toEqual([]);

    const awarded = await api.request<Page<Bid>>('GET', '/api/v1/capital-bids?status=awarded', {
      token: t.admin,
    });
    expect(awarded.body.items.map((b) => b.bidId).sort()).toEqual(['bid-after', 'bid-award']);
    const all = await api.request<Page<Bid>>('GET', '/api/v1/capital-bids?limit=200', {
      token: t.admin,
    });
    expect(all.body.items.length).toBeGreaterThan(awarded.body.items.length);
    expect(
      (await api.request('GET', '/api/v1/capital-bids?status=lost', { token: t.admin })).status,
    ).toBe(400);
  });

  it('is 403 for council users', async () => {
    for (const file of ['/api/v1/capital-bids', '/api/v1/capital-bids.xlsx']) {
      expect((await api.request('GET', file, { token: t.approver })).status).toBe(403);
    }
  });

  it('exports a spreadsheet: headers in words, money in pounds, formulas kept as text', async () => {
    const res = await fetch(`${api.url}/api/v1/capital-bids.xlsx?status=submitted`, {
      headers: { Authorization: `Bearer ${t.reviewer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const bids = book.getWorksheet('Capital bids');
    if (!bids) throw new Error('no Capital bids sheet');
    const headers = (bids.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'Council',
      'LA code',
      'Bid',
      'Status',
      'Submitted on',
      'Requested',
      'Awarded',
      'Decided on',
      'Schemes',
      'Places planned',
      'Places delivered',
      'Note',
    ]);
    const rows: ExcelJS.Row[] = [];
    bids.eachRow((row, n) => {
      if (n > 1) rows.push(row);
    });
    expect(rows.every((r) => r.getCell(4).value === 'Awaiting decision')).toBe(true);
    const wilts = rows.find((r) => r.getCell(1).value === 'Wiltshire');
    if (!wilts) throw new Error('no Wiltshire row');
    expect(wilts.getCell(6).value).toBe(5_700_000);
    expect(wilts.getCell(6).numFmt).toContain('£');
    expect(wilts.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(wilts.getCell(3).value).toBe('=HYPERLINK("http://evil")');
    expect(wilts.getCell(12).value).toBe('@risk');
    expect(wilts.getCell(12).type).toBe(ExcelJS.ValueType.String);

    const schemes = book.getWorksheet('Schemes');
    expect(schemes?.getRow(1).getCell(3).value).toBe('Scheme');
    expect(schemes?.rowCount).toBeGreaterThan(1);
  });
});
