import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../../infra/local/stream-poller';
import { startAlertWorker } from '../reliability/support/table';
import { startTestApi, type TestApi } from '../support/api';
import { countCalls } from '../support/count-calls';

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Point = {
  month: string;
  value: number;
  note?: string;
  target?: number;
  comparators: { national?: number; region?: number; statisticalNeighbours?: number };
};
type MeasureView = {
  key: string;
  title: string;
  unit: string;
  better: string;
  local: boolean;
  target?: number;
  series: Point[];
  latest?: { month: string; value: number };
  trend: string;
};
type Scorecard = { version: number; months: string[]; measures: MeasureView[] };
type Month = { month: string; version: number; values: { key: string; value: number }[] };
type Alert = {
  rule: string;
  subject?: string;
  severity: string;
  status: string;
  financialYear: string;
  period: string;
  measured: number;
  threshold: number;
};
type Comparison = {
  measure: string;
  unit: string;
  from: string;
  to: string;
  series: {
    laCode: string;
    name: string;
    points: { period: string; value: number; planned?: number }[];
  }[];
  national?: { period: string; value: number }[];
};

// The clock stands in April 2024: March's figures are in, May has not begun.
const NOW = new Date('2024-04-10T09:00:00Z');
const BCP = '839';
const BURY = '351';
const base = `/api/v1/councils/${BCP}/scorecard`;

let api: TestApi;
let admin: string;
let reviewer: string;
let viewer: string;
let editor: string;
let approver: string;
let buryEditor: string;

async function audit(laCode = BCP) {
  const res = await api.request<{ items: { action: string; entity: string }[] }>(
    'GET',
    `/api/v1/councils/${laCode}/audit?limit=200`,
    { token: admin },
  );
  return res.body.items;
}

const scorecardBody = {
  measures: [
    { key: 'ehcp-20-week-pct', targets: [{ from: '2023-04', value: 60 }] },
    {
      key: 'annual-review-backlog',
      targets: [
        { from: '2023-04', value: 1200 },
        { from: '2024-01', value: 1000 },
      ],
    },
    { key: 'mainstream-ehcp-pct' },
    { key: 'short-breaks', title: 'Families using short breaks', unit: 'count', better: 'higher' },
  ],
};

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  admin = await api.tokenFor('dfe-admin');
  reviewer = await api.tokenFor('dfe-reviewer');
  viewer = await api.tokenFor('council-viewer', BCP);
  editor = await api.tokenFor('council-editor', BCP);
  approver = await api.tokenFor('council-approver', BCP);
  buryEditor = await api.tokenFor('council-editor', BURY);
  for (const council of [
    { laCode: BCP, name: 'Bournemouth, Christchurch and Poole', region: 'South West' },
    { laCode: BURY, name: 'Bury', region: 'North West' },
    { laCode: '865', name: 'Wiltshire', region: 'South West' },
  ]) {
    const res = await api.request('POST', '/api/v1/councils', { token: admin, body: council });
    expect(res.status).toBe(201);
  }
});
afterAll(() => api.close());

describe('the measure catalogue', () => {
  it('lists the standard measures to every role', async () => {
    for (const token of [viewer, editor, reviewer, admin]) {
      const res = await api.request<{ items: { key: string; description: string }[] }>(
        'GET',
        '/api/v1/measures',
        { token },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((m) => m.key)).toEqual(
        expect.arrayContaining(['ehcp-20-week-pct', 'annual-review-backlog', 'tribunal-appeals']),
      );
    }
    expect((await api.request('GET', '/api/v1/measures')).status).toBe(401);
  });
});

describe("choosing the council's measures", () => {
  it('refuses a local measure without its title, unit and direction, and writes nothing', async () => {
    const before = await audit();
    const res = await api.request<Problem>('PUT', base, {
      token: editor,
      body: { measures: [{ key: 'ehcp-20-week-pct' }, { key: 'my-local' }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toEqual([
      'measures[1].title',
      'measures[1].unit',
      'measures[1].better',
    ]);
    expect((await api.request('GET', base, { token: viewer })).status).toBe(404);
    expect(await audit()).toEqual(before);
  });

  it.each([
    [
      'a repeated key',
      { measures: [{ key: 'ehcp-20-week-pct' }, { key: 'ehcp-20-week-pct' }] },
      'measures[1].key',
    ],
    [
      'a target over 100%',
      { measures: [{ key: 'ehcp-20-week-pct', targets: [{ from: '2024-04', value: 101 }] }] },
      'measures[0].targets[0].value',
    ],
    [
      'a target month that is not a month',
      { measures: [{ key: 'ehcp-20-week-pct', targets: [{ from: '2024-13', value: 50 }] }] },
      'measures[0].targets[0].from',
    ],
    ['an unknown field', { measures: [], laCode: '351' }, 'laCode'],
  ])('refuses %s (422)', async (_, body, path) => {
    const res = await api.request<Problem>('PUT', base, { token: editor, body });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toContain(path);
  });

  it('lets editors and approvers save, versioned with If-Match, and audits each save', async () => {
    const first = await api.request<{
      version: number;
      measures: { key: string; unit: string; local: boolean }[];
    }>('PUT', base, { token: editor, body: scorecardBody });
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(first.body.version).toBe(1);
    expect(first.body.measures.map((m) => [m.key, m.unit, m.local])).toEqual([
      ['ehcp-20-week-pct', 'percent', false],
      ['annual-review-backlog', 'count', false],
      ['mainstream-ehcp-pct', 'percent', false],
      ['short-breaks', 'count', true],
    ]);

    expect((await api.request('PUT', base, { token: approver, body: scorecardBody })).status).toBe(
      428,
    );
    const stale = await api.request('PUT', base, {
      token: approver,
      body: scorecardBody,
      headers: { 'If-Match': '"7"' },
    });
    expect(stale.status).toBe(412);
    const second = await api.request<{ version: number }>('PUT', base, {
      token: approver,
      body: scorecardBody,
      headers: { 'If-Match': '"1"' },
    });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);
    expect((await audit()).filter((a) => a.entity === 'scorecard').map((a) => a.action)).toEqual([
      'scorecard.saved',
      'scorecard.created',
    ]);
  });

  it('refuses viewers and DfE (403), and council users of another council (404)', async () => {
    for (const token of [viewer, reviewer, admin]) {
      expect((await api.request('PUT', base, { token, body: scorecardBody })).status).toBe(403);
    }
    const other = await api.request('PUT', base, { token: buryEditor, body: scorecardBody });
    expect(other.status).toBe(404);
    expect((await api.request('GET', base, { token: buryEditor })).status).toBe(404);
  });
});

describe("a month's figures", () => {
  const month = (m: string) => `${base}/months/${m}`;
  const march = {
    values: [
      { key: 'ehcp-20-week-pct', value: 67.1, note: 'Best month since the improvement plan began' },
      { key: 'annual-review-backlog', value: 1030 },
    ],
  };

  it('is not found before its first save, and for a month that is not a month', async () => {
    expect((await api.request('GET', month('2024-03'), { token: viewer })).status).toBe(404);
    expect((await api.request('GET', month('2024-3'), { token: viewer })).status).toBe(404);
    expect(
      (await api.request('PUT', month('2024-13'), { token: editor, body: march })).status,
    ).toBe(404);
  });

  it.each([
    ['a month after the current one', '2024-05', [{ key: 'ehcp-20-week-pct', value: 50 }], 'month'],
    [
      'a percentage over 100',
      '2024-03',
      [{ key: 'ehcp-20-week-pct', value: 100.5 }],
      'values[0].value',
    ],
    [
      'a negative percentage',
      '2024-03',
      [{ key: 'ehcp-20-week-pct', value: -2 }],
      'values[0].value',
    ],
    [
      'a negative count',
      '2024-03',
      [{ key: 'annual-review-backlog', value: -1 }],
      'values[0].value',
    ],
    [
      'a key not on the scorecard',
      '2024-03',
      [{ key: 'tribunal-appeals', value: 4 }],
      'values[0].key',
    ],
  ])('refuses %s with a field-level 422 and writes nothing', async (_, m, values, path) => {
    const before = await audit();
    const res = await api.request<Problem>('PUT', month(m), { token: editor, body: { values } });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toEqual([path]);
    expect((await api.request('GET', month(m), { token: viewer })).status).toBe(404);
    expect(await audit()).toEqual(before);
  });

  it('saves, then needs If-Match: 428 without, 412 when stale, and audits each save', async () => {
    const first = await api.request<Month>('PUT', month('2024-03'), { token: editor, body: march });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ month: '2024-03', version: 1, values: march.values });

    const again = { values: [...march.values, { key: 'short-breaks', value: 310 }] };
    expect(
      (await api.request('PUT', month('2024-03'), { token: editor, body: again })).status,
    ).toBe(428);
    const stale = await api.request('PUT', month('2024-03'), {
      token: editor,
      body: again,
      headers: { 'If-Match': '"0"' },
    });
    expect(stale.status).toBe(412);
    const second = await api.request<Month>('PUT', month('2024-03'), {
      token: approver,
      body: again,
      headers: { 'If-Match': first.headers.get('etag') ?? '' },
    });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);

    const read = await api.request<Month>('GET', month('2024-03'), { token: viewer });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"2"');
    expect(read.body.values).toHaveLength(3);
    // A refused change after the first save leaves the saved figures as they were.
    const refused = await api.request('PUT', month('2024-03'), {
      token: editor,
      body: { values: [{ key: 'ehcp-20-week-pct', value: 120 }] },
      headers: { 'If-Match': '"2"' },
    });
    expect(refused.status).toBe(422);
    expect(
      (await api.request<Month>('GET', month('2024-03'), { token: viewer })).body.version,
    ).toBe(2);
    expect(
      (await audit()).filter((a) => a.entity === 'scorecard 2024-03').map((a) => a.action),
    ).toEqual(['scorecard.month.saved', 'scorecard.month.created']);
  });

  it('is for editors and approvers of the council only', async () => {
    const body = { values: [{ key: 'ehcp-20-week-pct', value: 50 }] };
    for (const token of [viewer, reviewer, admin]) {
      expect((await api.request('PUT', month('2024-02'), { token, body })).status).toBe(403);
    }
    expect((await api.request('PUT', month('2024-02'), { token: buryEditor, body })).status).toBe(
      404,
    );
    expect((await api.request('GET', month('2024-03'), { token: buryEditor })).status).toBe(404);
    expect((await api.request('GET', month('2024-03'), { token: reviewer })).status).toBe(200);
  });
});

describe('published comparators', () => {
  const path = (key: string, month: string) => `/api/v1/comparators/${key}/${month}`;
  const twentyWeeks = {
    national: 44.47,
    regions: { 'South West': 34.7 },
    statisticalNeighbours: { [BCP]: 36.4 },
    source: "BCP's SEND partnership scorecard, May 2024",
  };

  it('are recorded by DfE administrators only, with their source', async () => {
    for (const token of [reviewer, editor, viewer]) {
      expect(
        (
          await api.request('PUT', path('ehcp-20-week-pct', '2024-03'), {
            token,
            body: twentyWeeks,
          })
        ).status,
      ).toBe(403);
    }
    const created = await api.request<{ version: number; source: string }>(
      'PUT',
      path('ehcp-20-week-pct', '2024-03'),
      { token: admin, body: twentyWeeks },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, source: twentyWeeks.source });
    const replaced = await api.request<{ version: number }>(
      'PUT',
      path('ehcp-20-week-pct', '2024-03'),
      {
        token: admin,
        body: twentyWeeks,
      },
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body.version).toBe(2);
    const stale = await api.request('PUT', path('ehcp-20-week-pct', '2024-03'), {
      token: admin,
      body: twentyWeeks,
      headers: { 'If-Match': '"1"' },
    });
    expect(stale.status).toBe(412);
  });

  it.each([
    ['no source', { national: 40 }, 'source'],
    ['a percentage over 100', { national: 144.47, source: 'x' }, 'national'],
    [
      'a negative regional count',
      { regions: { 'South West': -3 }, source: 'x' },
      'regions.South West',
    ],
    ['nothing to compare with', { source: 'x' }, 'national'],
  ])('refuses %s (422)', async (_, body, field) => {
    const key = field.startsWith('regions') ? 'annual-review-backlog' : 'ehcp-20-week-pct';
    const res = await api.request<Problem>('PUT', path(key, '2024-02'), { token: admin, body });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toContain(field);
  });

  it('refuses a month after the current one (422) and a measure not in the catalogue (404)', async () => {
    const body = { national: 40, source: 'x' };
    const future = await api.request<Problem>('PUT', path('ehcp-20-week-pct', '2024-05'), {
      token: admin,
      body,
    });
    expect(future.status).toBe(422);
    expect(future.body.errors?.map((e) => e.path)).toEqual(['month']);
    expect(
      (await api.request('PUT', path('short-breaks', '2024-03'), { token: admin, body })).status,
    ).toBe(404);
  });
});

describe('the scorecard over months', () => {
  beforeAll(async () => {
    for (const [m, value, backlog] of [
      ['2023-12', 50, 1300],
      ['2024-01', 52, 1250],
      ['2024-02', 52.9, 1216],
    ] as const) {
      const res = await api.request('PUT', `${base}/months/${m}`, {
        token: editor,
        body: {
          values: [
            { key: 'ehcp-20-week-pct', value },
            { key: 'annual-review-backlog', value: backlog },
          ],
        },
      });
      expect(res.status).toBe(201);
    }
  });

  it('gives each measure its series with targets and comparators, the latest figure and its trend', async () => {
    const res = await api.request<Scorecard>('GET', base, { token: viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body.months).toEqual(['2023-12', '2024-01', '2024-02', '2024-03']);
    const [twenty, backlog, mainstream, local] = res.body.measures;
    expect(twenty).toMatchObject({
      key: 'ehcp-20-week-pct',
      target: 60,
      latest: { month: '2024-03', value: 67.1 },
      trend: 'improving',
    });
    expect(twenty?.series.at(-1)).toMatchObject({
      month: '2024-03',
      note: 'Best month since the improvement plan began',
      target: 60,
      comparators: { national: 44.47, region: 34.7, statisticalNeighbours: 36.4 },
    });
    expect(twenty?.series[0]?.comparators).toEqual({});
    // Lower is better: 1,300 down to 1,030 is improving, against the target from January.
    expect(backlog).toMatchObject({ target: 1000, trend: 'improving', latest: { value: 1030 } });
    expect(backlog?.series.map((p) => p.target)).toEqual([1200, 1000, 1000, 1000]);
    expect(mainstream).toMatchObject({ series: [], trend: 'unknown' });
    expect(mainstream?.latest).toBeUndefined();
    expect(local).toMatchObject({ key: 'short-breaks', local: true, trend: 'unknown' });
  });

  it('shows only the months asked for', async () => {
    const res = await api.request<Scorecard>('GET', `${base}?from=2024-01&to=2024-02`, {
      token: reviewer,
    });
    expect(res.status).toBe(200);
    expect(res.body.months).toEqual(['2024-01', '2024-02']);
    expect(res.body.measures[0]).toMatchObject({ latest: { month: '2024-02' }, trend: 'unknown' });
    // A region's comparator is the council's own region's.
    expect(
      (await api.request('GET', `${base}?from=2024-03&to=2024-01`, { token: viewer })).status,
    ).toBe(400);
    expect((await api.request('GET', `${base}?from=March`, { token: viewer })).status).toBe(400);
  });
});

describe('comparing a scorecard measure across councils (DfE)', () => {
  const compare = (query: string, token = reviewer) =>
    api.request<Comparison>('GET', `/api/v1/compare?${query}`, { token });

  it('gives a series per council with its targets, and the national comparator alongside', async () => {
    // Bury chooses the measure too and reports two months.
    const setUp = await api.request('PUT', `/api/v1/councils/${BURY}/scorecard`, {
      token: buryEditor,
      body: { measures: [{ key: 'ehcp-20-week-pct', targets: [{ from: '2024-01', value: 50 }] }] },
    });
    expect(setUp.status).toBe(201);
    for (const [m, value] of [
      ['2024-02', 31],
      ['2024-03', 35.5],
    ] as const) {
      await api.request('PUT', `/api/v1/councils/${BURY}/scorecard/months/${m}`, {
        token: buryEditor,
        body: { values: [{ key: 'ehcp-20-week-pct', value }] },
      });
    }
    const res = await compare(
      `measure=scorecard:ehcp-20-week-pct&laCodes=${BCP},${BURY},865&from=2024-02&to=2024-03`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      measure: 'scorecard:ehcp-20-week-pct',
      unit: 'percent',
      from: '2024-02',
      to: '2024-03',
    });
    expect(
      res.body.series.map((s) => [s.name, s.points.map((p) => [p.period, p.value, p.planned])]),
    ).toEqual([
      [
        'Bournemouth, Christchurch and Poole',
        [
          ['2024-02', 52.9, 60],
          ['2024-03', 67.1, 60],
        ],
      ],
      [
        'Bury',
        [
          ['2024-02', 31, 50],
          ['2024-03', 35.5, 50],
        ],
      ],
      ['Wiltshire', []],
    ]);
    expect(res.body.national).toEqual([
      { period: '2024-03', periodEnd: '2024-03-31', value: 44.47 },
    ]);
  });

  it('refuses council users (403), an unknown measure (400) and periods for a month measure (400)', async () => {
    expect(
      (await compare(`measure=scorecard:ehcp-20-week-pct&laCodes=${BCP}`, editor)).status,
    ).toBe(403);
    expect((await compare(`measure=scorecard:nothing-like-it&laCodes=${BCP}`)).status).toBe(400);
    expect(
      (await compare(`measure=scorecard:ehcp-20-week-pct&laCodes=${BCP}&from=2024-25-Q1`)).status,
    ).toBe(400);
    expect((await compare(`measure=demand.ehcpsTotal&laCodes=${BCP}&from=2024-03`)).status).toBe(
      400,
    );
  });

  it('reads the same number of times for twenty councils as for three: index queries, never one per council', async () => {
    const read = async (laCodes: string[]) => {
      const counter = countCalls(api.store.db);
      try {
        const res = await compare(
          `measure=scorecard:ehcp-20-week-pct&laCodes=${laCodes.join(',')}`,
        );
        expect(res.status).toBe(200);
        return [...counter.calls].sort();
      } finally {
        counter.stop();
      }
    };
    const small = await read([BCP, BURY, '865']);
    const more = Array.from({ length: 17 }, (_, i) => String(600 + i));
    for (const laCode of more) {
      await api.request('POST', '/api/v1/councils', {
        token: admin,
        body: { laCode, name: `Council ${laCode}` },
      });
      const token = await api.tokenFor('council-editor', laCode);
      await api.request('PUT', `/api/v1/councils/${laCode}/scorecard`, {
        token,
        body: { measures: [{ key: 'ehcp-20-week-pct' }] },
      });
      await api.request('PUT', `/api/v1/councils/${laCode}/scorecard/months/2024-03`, {
        token,
        body: { values: [{ key: 'ehcp-20-week-pct', value: 40 }] },
      });
    }
    const large = await read([BCP, BURY, '865', ...more]);
    expect(large).toEqual(small);
    expect(large.every((name) => name === 'QueryCommand')).toBe(true);
    expect(large.length).toBeLessThanOrEqual(4);
  }, 60_000);
});

describe('the kpi-off-target alert, raised by the month save', () => {
  let worker: StreamPoller;
  const WILTSHIRE = '865';
  let wiltshire: string;

  const alerts = async () => {
    await new Promise((r) => setTimeout(r, 300));
    await worker.drain();
    const res = await api.request<{ items: Alert[] }>(
      'GET',
      `/api/v1/councils/${WILTSHIRE}/alerts`,
      { token: reviewer },
    );
    return res.body.items.filter((a) => a.rule === 'kpi-off-target');
  };
  const save = async (m: string, value: number) => {
    const current = await api.request<Month>(
      'GET',
      `/api/v1/councils/${WILTSHIRE}/scorecard/months/${m}`,
      {
        token: wiltshire,
      },
    );
    const res = await api.request('PUT', `/api/v1/councils/${WILTSHIRE}/scorecard/months/${m}`, {
      token: wiltshire,
      body: { values: [{ key: 'ehcp-20-week-pct', value }] },
      ...(current.status === 200 ? { headers: { 'If-Match': `"${current.body.version}"` } } : {}),
    });
    expect(res.status).toBeLessThan(300);
  };

  beforeAll(async () => {
    worker = await startAlertWorker(api.store);
    wiltshire = await api.tokenFor('council-editor', WILTSHIRE);
    await api.request('PUT', `/api/v1/councils/${WILTSHIRE}/scorecard`, {
      token: wiltshire,
      body: { measures: [{ key: 'ehcp-20-week-pct', targets: [{ from: '2023-04', value: 60 }] }] },
    });
  });
  afterAll(() => worker.stop());

  it('is amber for a month below target, red for three in a row, and resolves back on target', async () => {
    await save('2023-11', 70);
    expect(await alerts()).toEqual([]);

    await save('2023-12', 59.9);
    let [alert] = await alerts();
    expect(alert).toMatchObject({
      subject: 'ehcp-20-week-pct',
      severity: 'amber',
      status: 'open',
      financialYear: '2023-24',
      period: '2023-24-M09',
      measured: 59.9,
      threshold: 60,
    });

    await save('2024-01', 40);
    expect((await alerts()).map((a) => a.severity)).toEqual(['amber']);
    await save('2024-02', 45);
    [alert] = await alerts();
    expect(alert).toMatchObject({
      severity: 'red',
      status: 'open',
      period: '2023-24-M11',
      measured: 45,
    });

    // Still one alert for the council, measure and year.
    await save('2024-02', 44);
    expect(await alerts()).toHaveLength(1);

    await save('2024-03', 61);
    [alert] = await alerts();
    expect(alert).toMatchObject({ status: 'resolved', financialYear: '2023-24' });
  }, 60_000);
});
