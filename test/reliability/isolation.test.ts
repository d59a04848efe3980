import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../../infra/local/stream-poller';
import { startTestApi, type TestApi } from '../support/api';
import {
  describeExchange,
  problemViolation,
  rawClient,
  type RawRequest,
  type RawResponse,
  type Send,
} from './support/http';
import { fillPath, readOperations, type Operation } from './support/routes';
import { suiteSummary } from './support/summary';
import {
  observerOf,
  partitionDiff,
  partitionItems,
  partitionSpy,
  startAlertWorker,
} from './support/table';
import {
  agreementWithIds,
  breachingReturn,
  capitalBidWithIds,
  buildCouncilWorld,
  type CouncilWorld,
  type Role,
  WORLD_TEMPLATE,
} from './support/world';

/**
 * Tenant isolation, route by route. Every operation in the running app's OpenAPI
 * document is tried by every role against a foreign council that has real data behind
 * every route. Council users of A must never read or write B: they get 404 (or 403
 * where their role could not do it anyway), exactly as for a council that does not
 * exist, the app sends no DynamoDB call naming B's partition, nothing in the response
 * names B, and B's partition is byte-for-byte the same afterwards. DfE roles are held to
 * their role boundaries. A final pass has B's own users repeat each refused write and
 * succeed, which proves the probes aimed at real data.
 */

const A = { laCode: '351', name: 'Bury', prefix: 'qa', marker: 'QA-OWN-MARKER' };
const B = { laCode: '938', name: 'Zedbury Borough', prefix: 'zqb', marker: 'ZQB-SECRET-MARKER' };
/** A council that was never created: the foreign one must look exactly like it. */
const GHOST = '997';

const COUNCIL_ROLES = ['council-viewer', 'council-editor', 'council-approver'] as const;
const DFE_ROLES = ['dfe-reviewer', 'dfe-admin'] as const;
const ALL: readonly Role[] = [...COUNCIL_ROLES, ...DFE_ROLES];
const ADMIN: readonly Role[] = ['dfe-admin'];
const DFE: readonly Role[] = DFE_ROLES;
const EDITORS: readonly Role[] = ['council-editor', 'council-approver'];
const APPROVER: readonly Role[] = ['council-approver'];
const ACK: readonly Role[] = ['council-editor', 'council-approver', 'dfe-reviewer', 'dfe-admin'];

type Params = Record<string, string>;

interface RouteSpec {
  /** Who may use the route (on their own council, for council roles). */
  allowed: readonly Role[];
  /** Sets of path parameters (besides laCode) naming the council's real resources. */
  params?: (w: CouncilWorld) => Params[];
  query?: (w: CouncilWorld) => string;
  headers?: (w: CouncilWorld, p: Params) => Record<string, string>;
  body?: (w: CouncilWorld, p: Params) => unknown;
  /**
   * The path's id names what a PUT creates (a bid id the council chooses): on A's path,
   * B's id is simply not there yet, so If-Match has nothing to match (412, nothing written).
   */
  createsAtPath?: boolean;
  /** For writes: the status the council's own authorised user gets for the same request. */
  control?: { role: Role; expect: number };
}

const periodsOf = (w: CouncilWorld) => Object.values(w.periods).map((period) => ({ period }));
const idem = (w: CouncilWorld, p: Params) => ({
  'Idempotency-Key': `probe-${w.laCode}-${p.period ?? ''}`,
});

const bidVersion = (w: CouncilWorld, p: Params) => ({
  'If-Match': `"${w.capitalBidVersions[p.bidId ?? ''] ?? 0}"`,
});

/** One entry per operation of the API; an operation missing here fails the suite. */
const SPECS: Record<string, RouteSpec> = {
  'GET /api/v1/councils': { allowed: ALL },
  'POST /api/v1/councils': {
    allowed: ADMIN,
    // The forged laCode: a body naming the foreign council.
    body: (w) => ({ laCode: w.laCode, name: w.name }),
    control: { role: 'dfe-admin', expect: 409 },
  },
  'GET /api/v1/councils/{laCode}': { allowed: ALL },
  'PUT /api/v1/councils/{laCode}/agreement': {
    allowed: ADMIN,
    headers: (w) => ({ 'If-Match': `"${w.agreementVersion}"` }),
    body: (w) => agreementWithIds(w.prefix, 'Probe variation'),
    control: { role: 'dfe-admin', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/agreement': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/agreement/versions': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/agreement/recovery-profile': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/mitigations': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/conditions': { allowed: ALL },
  'POST /api/v1/councils/{laCode}/conditions/{conditionId}/assessments': {
    allowed: DFE,
    params: (w) => w.conditionIds.map((conditionId) => ({ conditionId })),
    body: (w) => ({ period: w.periods.submitted, status: 'met', note: 'Probe assessment' }),
    control: { role: 'dfe-reviewer', expect: 201 },
  },
  'GET /api/v1/councils/{laCode}/tranches': { allowed: ALL },
  'POST /api/v1/councils/{laCode}/tranches/{id}/decision': {
    allowed: ADMIN,
    params: (w) =>
      [w.trancheIds.scheduled, w.trancheIds.withheld, w.trancheIds.released].map((id) => ({ id })),
    body: () => ({ decision: 'withhold', reason: 'Probe decision' }),
    control: { role: 'dfe-admin', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/returns': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/returns/{period}': { allowed: ALL, params: periodsOf },
  'PUT /api/v1/councils/{laCode}/returns/{period}': {
    allowed: EDITORS,
    params: (w) =>
      [w.periods.draft, w.periods.returned, w.periods.submitted].map((period) => ({ period })),
    headers: (w, p) => ({ 'If-Match': `"${w.returnVersions[p.period ?? ''] ?? 0}"` }),
    body: (w) => ({ ...breachingReturn(w.prefix, 'probe'), narrative: 'Probe save' }),
    control: { role: 'council-editor', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/returns/{period}/submit': {
    allowed: APPROVER,
    params: (w) =>
      [w.periods.draft, w.periods.returned, w.periods.submitted].map((period) => ({ period })),
    headers: idem,
    body: () => ({ signOff: { name: 'Probe Officer', role: 'Section 151 officer' } }),
    control: { role: 'council-approver', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/returns/{period}/review': {
    allowed: DFE,
    params: (w) => [w.periods.submitted, w.periods.accepted].map((period) => ({ period })),
    body: () => ({ decision: 'accept', comments: 'Probe review' }),
    control: { role: 'dfe-reviewer', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/returns/{period}/ready': {
    allowed: EDITORS,
    params: (w) =>
      [w.periods.draft, w.periods.returned, w.periods.submitted].map((period) => ({ period })),
    body: () => ({}),
    control: { role: 'council-editor', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/returns/{period}/prefill': {
    allowed: ALL,
    // Periods after a submitted one: their prefill carries the council's statements.
    params: (w) => [w.periods.draft, w.periods.returned].map((period) => ({ period })),
  },
  'GET /api/v1/councils/{laCode}/returns/{period}/history': { allowed: ALL, params: periodsOf },
  'GET /api/v1/councils/{laCode}/returns/{period}.xlsx': { allowed: ALL, params: periodsOf },
  'GET /api/v1/councils/{laCode}/returns/{period}.pdf': { allowed: ALL, params: periodsOf },
  'GET /api/v1/councils/{laCode}/returns/{period}/template.xlsx': {
    allowed: ALL,
    params: periodsOf,
  },
  'GET /api/v1/councils/{laCode}/alerts': { allowed: ALL },
  'GET /api/v1/alerts': { allowed: DFE },
  'POST /api/v1/councils/{laCode}/alerts/{id}/acknowledge': {
    allowed: ACK,
    params: (w) => [...w.openAlertIds, w.acknowledgedAlertId].map((id) => ({ id })),
    body: () => ({ note: 'Probe acknowledgement' }),
    control: { role: 'council-editor', expect: 200 },
  },
  'GET /api/v1/overview': { allowed: DFE, query: () => '?period=2024-25-Q2' },
  'GET /api/v1/overview.csv': { allowed: DFE, query: () => '?period=2024-25-Q2' },
  'GET /api/v1/overview.xlsx': { allowed: DFE, query: () => '?period=2024-25-Q2' },
  'GET /api/v1/alerts.xlsx': { allowed: DFE },
  'GET /api/v1/compare': {
    allowed: DFE,
    query: (w) => `?measure=finance.forecastCumulativeDeficit&laCodes=${w.laCode}`,
  },
  'GET /api/v1/councils/{laCode}/audit': { allowed: ALL },
  'GET /api/v1/measures': { allowed: ALL },
  'PUT /api/v1/councils/{laCode}/scorecard': {
    allowed: EDITORS,
    headers: (w) => ({ 'If-Match': `"${w.scorecardVersion}"` }),
    body: (w) => ({
      measures: [
        { key: 'ehcp-20-week-pct', targets: [{ from: '2024-01', value: 60 }] },
        { key: `${w.prefix}-local`, title: 'Probe measure', unit: 'count', better: 'higher' },
      ],
    }),
    control: { role: 'council-editor', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/scorecard': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/scorecard.xlsx': { allowed: ALL },
  'PUT /api/v1/councils/{laCode}/scorecard/months/{month}': {
    allowed: EDITORS,
    params: (w) => [{ month: w.scorecardMonth }],
    headers: () => ({ 'If-Match': '"1"' }),
    body: () => ({ values: [{ key: 'ehcp-20-week-pct', value: 40, note: 'Probe figures' }] }),
    control: { role: 'council-editor', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/scorecard/months/{month}': {
    allowed: ALL,
    params: (w) => [{ month: w.scorecardMonth }],
  },
  'PUT /api/v1/comparators/{key}/{month}': {
    allowed: ADMIN,
    params: () => [{ key: 'ehcp-20-week-pct', month: '2024-03' }],
    body: () => ({ national: 44.47, source: 'Probe source' }),
    control: { role: 'dfe-admin', expect: 201 },
  },
  'GET /api/v1/councils/{laCode}/capital-bids': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/capital-bids/{bidId}': {
    allowed: ALL,
    params: (w) => Object.values(w.capitalBids).map((bidId) => ({ bidId })),
  },
  'PUT /api/v1/councils/{laCode}/capital-bids/{bidId}': {
    allowed: EDITORS,
    params: (w) =>
      [w.capitalBids.draft, w.capitalBids.submitted, w.capitalBids.awarded].map((bidId) => ({
        bidId,
      })),
    headers: bidVersion,
    createsAtPath: true,
    body: (w) => capitalBidWithIds(w.prefix, `probe ${w.marker}`),
    control: { role: 'council-editor', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/capital-bids/{bidId}/decision': {
    allowed: ADMIN,
    params: (w) =>
      [w.capitalBids.submitted, w.capitalBids.awarded, w.capitalBids.draft].map((bidId) => ({
        bidId,
      })),
    body: () => ({ decidedOn: '2024-07-01', awarded: 500_000, note: 'Probe decision' }),
    control: { role: 'dfe-admin', expect: 200 },
  },
  'PUT /api/v1/councils/{laCode}/capital-bids/{bidId}/schemes/{schemeId}/progress': {
    allowed: EDITORS,
    params: (w) =>
      [w.capitalBids.awarded, w.capitalBids.submitted].flatMap((bidId) =>
        w.capitalSchemeIds.map((schemeId) => ({ bidId, schemeId })),
      ),
    headers: bidVersion,
    body: () => ({ status: 'in-progress' }),
    control: { role: 'council-editor', expect: 200 },
  },
  'GET /api/v1/capital-bids': { allowed: DFE, query: () => '?status=submitted' },
  'GET /api/v1/capital-bids.xlsx': { allowed: DFE },
  'GET /api/v1/reform-plan-template': { allowed: ALL },
  'PUT /api/v1/reform-plan-template': {
    allowed: ADMIN,
    headers: () => ({ 'If-Match': '*' }),
    body: () => WORLD_TEMPLATE,
    control: { role: 'dfe-admin', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/reform-plan': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/reform-plan.pdf': { allowed: ALL },
  'PUT /api/v1/councils/{laCode}/reform-plan': {
    allowed: EDITORS,
    headers: (w) => ({ 'If-Match': `"${w.reformPlanVersion}"` }),
    body: () => ({
      sections: WORLD_TEMPLATE.sections.map((s) => ({ sectionId: s.id, text: 'Probe save' })),
    }),
    control: { role: 'council-editor', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/reform-plan/submit': {
    allowed: APPROVER,
    headers: (w) => ({ 'Idempotency-Key': `probe-plan-${w.laCode}` }),
    body: () => ({ signOff: { name: 'Probe Officer', role: 'Director of Children’s Services' } }),
    control: { role: 'council-approver', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/reform-plan/review': {
    allowed: DFE,
    body: () => ({
      decision: 'approve',
      ratings: WORLD_TEMPLATE.sections.map((s) => ({ sectionId: s.id, rating: 'meets' })),
    }),
    control: { role: 'dfe-reviewer', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/reform-plan/history': { allowed: ALL },
  'GET /api/v1/councils/{laCode}/stability-grant': { allowed: ALL },
  'PUT /api/v1/councils/{laCode}/stability-grant/deficit': {
    allowed: ['council-approver', 'dfe-admin'],
    headers: (w) => ({ 'If-Match': `"${w.stabilityGrantVersion}"` }),
    body: () => ({
      asAt: '2026-03-31',
      sources: [
        { source: 's251-outturn', highNeedsDeficit: 30_000_000 },
        { source: 'dsg-note', highNeedsDeficit: 29_900_000 },
      ],
    }),
    control: { role: 'council-approver', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/stability-grant/determination': {
    allowed: ADMIN,
    body: () => ({ useSource: 's251-outturn', reason: 'Probe determination' }),
    control: { role: 'dfe-admin', expect: 200 },
  },
  'POST /api/v1/councils/{laCode}/stability-grant/decision': {
    allowed: ADMIN,
    body: () => ({ decision: 'release', reason: 'Probe release' }),
    // Runs after the control review has approved B's plan, so the grant is payable.
    control: { role: 'dfe-admin', expect: 200 },
  },
  'GET /api/v1/councils/{laCode}/audit.csv': { allowed: ALL },
  // Names no council: every caller reads only their own (see the personal-settings test).
  'GET /api/v1/me/notifications': { allowed: ALL },
};

/**
 * Routes about the caller alone, found from the token and never from the path or body:
 * their own writes change their own partition, so they are probed by a test of their own.
 */
const PERSONAL = new Set(['PUT /api/v1/me/notifications']);

/** Public by design: local sign-in, the health check and the OpenAPI document, tied to no council's data. */
const PUBLIC_BY_DESIGN = new Set([
  'POST /api/v1/dev/token',
  'GET /api/v1/dev/personas',
  'GET /api/health',
  'GET /api/v1/openapi.json',
  // The local runner's outbox: only in local auth mode, where anyone may sign in as anyone.
  'GET /api/v1/dev/outbox',
]);

let api: TestApi;
let send: Send;
let worker: StreamPoller;
let worldA: CouncilWorld;
let worldB: CouncilWorld;
let operations: Operation[];
let spy: ReturnType<typeof partitionSpy>;
let observer: ReturnType<typeof observerOf>;
const tokens = new Map<string, string>();
const summary = suiteSummary('isolation matrix');
const cells = new Set<string>();
const exercisedByCouncilUsers = new Set<string>();

async function token(role: Role, laCode?: string): Promise<string> {
  const key = `${role} ${laCode ?? ''}`;
  let t = tokens.get(key);
  if (!t) {
    t = await api.tokenFor(role, laCode);
    tokens.set(key, t);
  }
  return t;
}

const isCouncilRole = (role: Role) => role.startsWith('council-');

/** B's secrets as they could appear in a response; the ids only count when not sent. */
function leaksOf(req: RawRequest, res: RawResponse): string[] {
  const sent = `${req.path} ${JSON.stringify(req.body ?? '')} ${JSON.stringify(req.headers ?? {})}`;
  let text = res.text;
  // Cursors are opaque: look inside any the response hands out.
  for (const m of text.matchAll(/"nextCursor":"([A-Za-z0-9_-]+)"/g)) {
    text += ` ${Buffer.from(m[1] ?? '', 'base64url').toString('utf8')}`;
  }
  const found: string[] = [];
  for (const secret of [B.name, B.marker, `COUNCIL#${B.laCode}`]) {
    if (text.includes(secret)) found.push(`names ${JSON.stringify(secret)}`);
  }
  const ids = [
    ...worldB.openAlertIds,
    worldB.acknowledgedAlertId,
    ...worldB.conditionIds,
    ...Object.values(worldB.trancheIds),
    ...Object.values(worldB.capitalBids),
    ...worldB.capitalSchemeIds,
  ];
  for (const id of ids) {
    if (text.includes(id) && !sent.includes(id)) found.push(`names B's id ${id}`);
  }
  const walk = (value: unknown, key: string | undefined) => {
    if (typeof value === 'string') {
      if (value === B.laCode) found.push(`has ${key ?? 'a value'} = "${B.laCode}"`);
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(res.json, undefined);
  return found;
}

/** Sends one probe and fails at once on a leak, a broken error or an unexpected status. */
async function probe(
  label: string,
  req: RawRequest,
  expectStatus: (status: number) => boolean,
  options: { mayTouchB?: boolean } = {},
): Promise<RawResponse> {
  spy.reset();
  const res = await send(req);
  const problems: string[] = [];
  if (!expectStatus(res.status)) problems.push(`unexpected status ${res.status}`);
  const violation = problemViolation(res);
  if (violation) problems.push(violation);
  if (!options.mayTouchB) {
    problems.push(...leaksOf(req, res));
    const touched = spy.touched.filter((t) => t.partitions.includes(`COUNCIL#${B.laCode}`));
    for (const t of touched) problems.push(`the app sent ${t.command} naming COUNCIL#${B.laCode}`);
  }
  summary.add('requests sent');
  if (problems.length > 0) {
    throw new Error(`${label}: ${problems.join('; ')}\n    ${describeExchange(req, res)}`);
  }
  return res;
}

function requestFor(
  op: Operation,
  spec: RouteSpec,
  pathCouncil: string,
  ids: CouncilWorld,
  p: Params,
  tok: string,
): RawRequest {
  const path = fillPath(op.path, { laCode: pathCouncil, ...p }) + (spec.query?.(ids) ?? '');
  return {
    method: op.method,
    path,
    token: tok,
    ...(spec.headers ? { headers: spec.headers(ids, p) } : {}),
    ...(op.hasBody ? { body: spec.body?.(ids, p) ?? {} } : {}),
  };
}

beforeAll(async () => {
  api = await startTestApi();
  send = rawClient(api.url);
  observer = observerOf(api.store);
  worker = await startAlertWorker(api.store);
  const tokenFor = (role: Role, laCode?: string) => token(role, laCode);
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 300));
    await worker.drain();
  };
  worldA = await buildCouncilWorld(send, tokenFor, A, settle);
  worldB = await buildCouncilWorld(send, tokenFor, B, settle);
  operations = await readOperations(send);
  // Let the worker finish with every change so far: from here on nothing writes by itself.
  await new Promise((r) => setTimeout(r, 500));
  await worker.drain();
  spy = partitionSpy(api.store.db);
});

afterAll(async () => {
  spy?.stop();
  await worker?.stop();
  await api?.close();
  summary.flush();
});

describe('tenant isolation across every route', () => {
  let bBefore: Record<string, unknown>[];
  let aBefore: Record<string, unknown>[];

  it('has a probe for every operation the OpenAPI document lists', () => {
    const missing = operations
      .filter((op) => !SPECS[op.key] && !PUBLIC_BY_DESIGN.has(op.key) && !PERSONAL.has(op.key))
      .map((op) => op.key);
    expect(missing, 'operations with no isolation probe').toEqual([]);
    summary.set('operations in the OpenAPI document', operations.length);
    summary.set('public by design (not tenant data)', [...PUBLIC_BY_DESIGN].join(', '));
  });

  it("gives council users of A nothing of B's, on every route, and B is unchanged", async () => {
    bBefore = await partitionItems(observer, B.laCode);
    aBefore = await partitionItems(observer, A.laCode);

    for (const op of operations) {
      const spec = SPECS[op.key];
      if (!spec) continue;
      const scoped = op.pathParams.includes('laCode');
      const writes = op.method !== 'GET';
      const paramSets = spec.params?.(worldB) ?? [{}];

      for (const role of ALL) {
        const council = isCouncilRole(role);
        const tok = await token(role, council ? A.laCode : undefined);
        const cell = `${op.key} × ${role}`;

        if (council) {
          const mayOnOwn = spec.allowed.includes(role);
          for (const p of paramSets) {
            // 1. B in the path, B's ids: refused exactly as a council that does not exist.
            const foreignReq = requestFor(op, spec, B.laCode, worldB, p, tok);
            const expected = (s: number) =>
              scoped
                ? mayOnOwn
                  ? s === 404
                  : s === 404 || s === 403
                : // Not about any one council (the councils list, the reform plan template).
                  mayOnOwn
                  ? s === 200
                  : s === 403;
            const foreign = await probe(`${cell} (B's ${JSON.stringify(p)})`, foreignReq, expected);
            if (op.key === 'GET /api/v1/councils') {
              const items = (foreign.json as { items: { laCode: string }[] }).items;
              expect(items.map((c) => c.laCode)).toEqual([A.laCode]);
            }
            if (scoped) {
              const ghostReq = requestFor(op, spec, GHOST, worldB, p, tok);
              const ghost = await probe(`${cell} (ghost council)`, ghostReq, expected);
              expect(
                { status: foreign.status, body: foreign.json },
                `${cell}: B must look like a council that does not exist`,
              ).toEqual({ status: ghost.status, body: ghost.json });
              summary.add('foreign responses identical to a non-existent council');
            }
            cells.add(cell);
            exercisedByCouncilUsers.add(op.key);

            // 2. A in the path, B's ids: no route finds B's resources from A's partition.
            // Periods and months name no resource of B's on their own: A has them too.
            const ownIds = Object.keys(p).filter((k) => k !== 'period' && k !== 'month');
            if (scoped && ownIds.length > 0) {
              const mixed = requestFor(op, spec, A.laCode, worldB, p, tok);
              await probe(`${cell} (A's path, B's ids)`, mixed, (s) =>
                mayOnOwn
                  ? s === 404 || (spec.createsAtPath === true && s === 412)
                  : s === 403 || s === 404,
              );
              summary.add('mixed-id probes (A path, B ids)');
            }
          }
        } else {
          // DfE roles: their role boundaries hold; reads of B are theirs by design.
          const mayDo = spec.allowed.includes(role);
          if (!mayDo) {
            for (const p of paramSets) {
              const req = requestFor(op, spec, B.laCode, worldB, p, tok);
              await probe(`${cell} (role not allowed)`, req, (s) => s === 403);
            }
            cells.add(cell);
          } else if (!writes) {
            const p = paramSets[0] ?? {};
            const req = requestFor(op, spec, B.laCode, worldB, p, tok);
            const res = await probe(`${cell} (DfE read, control)`, req, (s) => s === 200, {
              mayTouchB: true,
            });
            if (scoped) {
              expect(res.text.length, `${cell}: real data behind the route`).toBeGreaterThan(20);
            }
            cells.add(cell);
            summary.add('DfE reads of B (positive controls)');
          } else {
            summary.add('DfE writes left to the control pass');
          }
        }
      }
    }

    await worker.drain();
    expect(partitionDiff(bBefore, await partitionItems(observer, B.laCode))).toEqual([]);
    expect(partitionDiff(aBefore, await partitionItems(observer, A.laCode))).toEqual([]);
    summary.set('routes × roles tried', cells.size);
    summary.set("B's partition items (unchanged)", bBefore.length);
  });

  it("refuses B's cursors, forged cursors and a forged laCode in bodies", async () => {
    const admin = await token('dfe-admin');
    let cursorProbes = 0;
    for (const op of operations) {
      const spec = SPECS[op.key];
      if (!spec || !op.queryParams.includes('cursor') || !op.pathParams.includes('laCode'))
        continue;
      const p = spec.params?.(worldB)[0] ?? {};
      // A genuine cursor of B's listing, and one of A's re-aimed at B's partition.
      const bPage = await send({
        ...requestFor(op, spec, B.laCode, worldB, p, admin),
        path: `${fillPath(op.path, { laCode: B.laCode, ...p })}?limit=1`,
      });
      const aPage = await send({
        ...requestFor(op, spec, A.laCode, worldA, p, admin),
        path: `${fillPath(op.path, { laCode: A.laCode, ...p })}?limit=1`,
      });
      const bCursor = (bPage.json as { nextCursor?: string | null }).nextCursor;
      const aCursor = (aPage.json as { nextCursor?: string | null }).nextCursor;
      expect(bCursor, `${op.key}: B's list has a second page`).toBeTruthy();
      expect(aCursor, `${op.key}: A's list has a second page`).toBeTruthy();
      const decoded = JSON.parse(Buffer.from(aCursor ?? '', 'base64url').toString('utf8')) as {
        s: string;
        k: Record<string, unknown>;
      };
      const reaim = (s: string) => s.replaceAll(`COUNCIL#${A.laCode}`, `COUNCIL#${B.laCode}`);
      const forgedKey = Object.fromEntries(
        Object.entries(decoded.k).map(([k, v]) => [k, typeof v === 'string' ? reaim(v) : v]),
      );
      const forged = [
        bCursor ?? '',
        Buffer.from(JSON.stringify({ s: decoded.s, k: forgedKey })).toString('base64url'),
        Buffer.from(
          JSON.stringify({ s: decoded.s, k: { ...decoded.k, pk: `COUNCIL#${B.laCode}` } }),
        ).toString('base64url'),
        Buffer.from(
          JSON.stringify({ s: 'alerts', k: { pk: `COUNCIL#${B.laCode}`, sk: 'ALERT#' } }),
        ).toString('base64url'),
      ];
      for (const role of COUNCIL_ROLES) {
        const tok = await token(role, A.laCode);
        for (const cursor of forged) {
          const base = fillPath(op.path, { laCode: A.laCode, ...(spec.params?.(worldA)[0] ?? {}) });
          await probe(
            `${op.key} × ${role} (forged cursor)`,
            { method: 'GET', path: `${base}?cursor=${cursor}`, token: tok },
            (s) => s === 400,
          );
          cursorProbes++;
        }
      }
    }
    // Council users list only their own council, whatever cursor they send.
    for (const role of COUNCIL_ROLES) {
      const tok = await token(role, A.laCode);
      const cursor = Buffer.from(
        JSON.stringify({
          s: 'councils',
          k: { pk: `COUNCIL#${B.laCode}`, sk: 'COUNCIL', gsi1pk: 'COUNCILS', gsi1sk: B.laCode },
        }),
      ).toString('base64url');
      const res = await probe(
        'GET /api/v1/councils (forged cursor)',
        { method: 'GET', path: `/api/v1/councils?cursor=${cursor}`, token: tok },
        (s) => s === 200 || s === 400,
      );
      if (res.status === 200)
        expect((res.json as { items: { laCode: string }[] }).items.map((c) => c.laCode)).toEqual([
          A.laCode,
        ]);
      cursorProbes++;
    }
    summary.set('forged-cursor probes', cursorProbes);

    // A forged laCode (or tenant-looking field) in the body of every write on A's own path.
    const aBefore = await partitionItems(observer, A.laCode);
    let bodyProbes = 0;
    for (const op of operations) {
      const spec = SPECS[op.key];
      if (!spec || !op.hasBody || !op.pathParams.includes('laCode')) continue;
      const p = spec.params?.(worldA)[0] ?? {};
      for (const role of ALL) {
        if (!spec.allowed.includes(role)) continue;
        const tok = await token(role, isCouncilRole(role) ? A.laCode : undefined);
        for (const extra of [
          { laCode: B.laCode },
          { 'custom:laCode': B.laCode },
          { council: B.laCode },
        ]) {
          const req = requestFor(op, spec, A.laCode, worldA, p, tok);
          req.body = { ...(req.body as object), ...extra };
          await probe(`${op.key} × ${role} (laCode in body)`, req, (s) => s === 422);
          bodyProbes++;
        }
      }
    }
    await worker.drain();
    expect(partitionDiff(aBefore, await partitionItems(observer, A.laCode))).toEqual([]);
    summary.set('forged-laCode body probes', bodyProbes);
  });

  it('does not let path tricks reach B', async () => {
    let trickProbes = 0;
    const b = B.laCode;
    const a = A.laCode;
    const encoded = [...b].map((d) => `%${d.charCodeAt(0).toString(16)}`).join('');
    const tricks = (suffix: string) => [
      `/api/v1/councils/${a}/../${b}${suffix}`,
      `/api/v1/councils/${a}/%2e%2e/${b}${suffix}`,
      `/api/v1/councils/${a}%2f..%2f${b}${suffix}`,
      `/api/v1/councils/${encoded}${suffix}`,
      `/api/v1/councils/${b}%00${suffix}`,
      `/api/v1/councils/${b}${suffix}/`,
      `/api/v1//councils/${b}${suffix}`,
      `//api/v1/councils/${b}${suffix}`,
      `/api/v1/councils/${b}${suffix}?laCode=${a}`,
      `/api/v1/councils/${b};${a}${suffix}`,
      `/API/V1/councils/${b}${suffix}`,
      `/api/v1/councils/0${b}${suffix}`,
      `/api/v1/councils/%20${b}${suffix}`,
    ];
    for (const op of operations) {
      const spec = SPECS[op.key];
      if (!spec || !op.pathParams.includes('laCode')) continue;
      const p = spec.params?.(worldB)[0] ?? {};
      const suffix = fillPath(op.path, { laCode: '@', ...p }).split('@')[1] ?? '';
      for (const role of COUNCIL_ROLES) {
        const tok = await token(role, a);
        for (const path of tricks(suffix)) {
          const req: RawRequest = {
            method: op.method,
            path,
            token: tok,
            ...(spec.headers ? { headers: spec.headers(worldB, p) } : {}),
            ...(op.hasBody ? { body: spec.body?.(worldB, p) ?? {} } : {}),
          };
          await probe(`${op.key} × ${role} (path trick)`, req, (s) => s >= 400 && s < 500);
          trickProbes++;
        }
      }
    }
    summary.set('path-trick probes', trickProbes);
  });

  it('refuses a council token whose custom:laCode was rewritten to B (signature kept)', async () => {
    let forgedProbes = 0;
    for (const role of COUNCIL_ROLES) {
      const genuine = await token(role, A.laCode);
      const [header, payload, signature] = genuine.split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as object;
      const rewrite = (extra: object) =>
        `${header}.${Buffer.from(JSON.stringify({ ...claims, ...extra })).toString('base64url')}.${signature}`;
      const forged = [
        rewrite({ 'custom:laCode': B.laCode }),
        rewrite({ roles: ['dfe-admin'] }),
        `${header}.${Buffer.from(JSON.stringify({ ...claims, 'custom:laCode': B.laCode })).toString('base64url')}.`,
      ];
      for (const op of operations) {
        const spec = SPECS[op.key];
        if (!spec || !op.pathParams.includes('laCode')) continue;
        const p = spec.params?.(worldB)[0] ?? {};
        for (const tok of forged) {
          await probe(
            `${op.key} × forged ${role} token`,
            requestFor(op, spec, B.laCode, worldB, p, tok),
            (s) => s === 401,
          );
          forgedProbes++;
        }
      }
    }
    summary.set('forged-token probes', forgedProbes);
  });

  it("lets A's own users read A without a trace of B", async () => {
    let own = 0;
    for (const op of operations) {
      const spec = SPECS[op.key];
      if (!spec || op.method !== 'GET' || !op.pathParams.includes('laCode')) continue;
      for (const p of spec.params?.(worldA) ?? [{}]) {
        const tok = await token('council-viewer', A.laCode);
        await probe(
          `${op.key} × council-viewer (own)`,
          requestFor(op, spec, A.laCode, worldA, p, tok),
          (s) => s === 200,
        );
        own++;
      }
    }
    summary.set("A's own reads checked for B's data", own);
  });

  it('keeps each person’s notification settings their own, and never reaches B', async () => {
    const path = '/api/v1/me/notifications';
    const bBefore = await partitionItems(observer, B.laCode);
    for (const role of ALL) {
      const council = isCouncilRole(role);
      const tok = await token(role, council ? A.laCode : undefined);
      const mine = { email: `${role}@probe.example`, events: ['alert-red'] };
      spy.reset();
      const saved = await send({ method: 'PUT', path, token: tok, body: mine });
      expect([200, 201], `${role} saves their own: ${saved.text}`).toContain(saved.status);
      const again = await send({
        method: 'PUT',
        path,
        token: tok,
        headers: { 'If-Match': String(saved.headers.etag ?? '') },
        // A forged tenant in the body is refused, and nothing changes.
        body: { ...mine, laCode: B.laCode },
      });
      expect(again.status, `${role}: laCode in the body`).toBe(422);
      const touched = spy.touched.filter((t) => t.partitions.includes(`COUNCIL#${B.laCode}`));
      expect(touched, `${role}: no call names B`).toEqual([]);
      summary.add('personal settings probes');
    }
    // Each reads back their own choice, not a colleague's.
    for (const role of ALL) {
      const tok = await token(role, isCouncilRole(role) ? A.laCode : undefined);
      const res = await send({ method: 'GET', path, token: tok });
      expect((res.json as { email?: string }).email).toBe(`${role}@probe.example`);
      expect(leaksOf({ method: 'GET', path, token: tok }, res)).toEqual([]);
    }
    // B's own editor has their own settings untouched by all of A's.
    const bEditor = await token('council-editor', B.laCode);
    const theirs = await send({ method: 'GET', path, token: bEditor });
    expect((theirs.json as { events: string[] }).events).toEqual([]);
    expect(partitionDiff(bBefore, await partitionItems(observer, B.laCode))).toEqual([]);
  });

  it("has B's own users succeed with every write A's users were refused (the probes were real)", async () => {
    const unexercised = operations
      .filter((op) => SPECS[op.key] && !exercisedByCouncilUsers.has(op.key))
      .map((op) => op.key);
    expect(unexercised, 'routes the matrix could not exercise').toEqual([]);

    // In an order that keeps each step possible: save the draft, then submit it.
    const order = [
      'POST /api/v1/councils',
      'PUT /api/v1/councils/{laCode}/agreement',
      'PUT /api/v1/councils/{laCode}/returns/{period}',
      'POST /api/v1/councils/{laCode}/returns/{period}/ready',
      'POST /api/v1/councils/{laCode}/returns/{period}/submit',
      'POST /api/v1/councils/{laCode}/returns/{period}/review',
      'POST /api/v1/councils/{laCode}/conditions/{conditionId}/assessments',
      'POST /api/v1/councils/{laCode}/tranches/{id}/decision',
      'POST /api/v1/councils/{laCode}/alerts/{id}/acknowledge',
      'PUT /api/v1/councils/{laCode}/scorecard',
      'PUT /api/v1/councils/{laCode}/scorecard/months/{month}',
      'PUT /api/v1/comparators/{key}/{month}',
      'PUT /api/v1/councils/{laCode}/capital-bids/{bidId}',
      'POST /api/v1/councils/{laCode}/capital-bids/{bidId}/decision',
      'PUT /api/v1/councils/{laCode}/capital-bids/{bidId}/schemes/{schemeId}/progress',
      'PUT /api/v1/reform-plan-template',
      'PUT /api/v1/councils/{laCode}/reform-plan',
      'POST /api/v1/councils/{laCode}/reform-plan/submit',
      'POST /api/v1/councils/{laCode}/reform-plan/review',
      'PUT /api/v1/councils/{laCode}/stability-grant/deficit',
      'POST /api/v1/councils/{laCode}/stability-grant/determination',
      'POST /api/v1/councils/{laCode}/stability-grant/decision',
    ];
    const writes = operations.filter((op) => SPECS[op.key]?.control);
    expect(writes.map((op) => op.key).sort()).toEqual([...order].sort());
    for (const key of order) {
      const op = operations.find((o) => o.key === key);
      const spec = SPECS[key];
      if (!op || !spec?.control) continue;
      const { role, expect: status } = spec.control;
      const tok = await token(role, isCouncilRole(role) ? B.laCode : undefined);
      const p = spec.params?.(worldB)[0] ?? {};
      const res = await send(requestFor(op, spec, B.laCode, worldB, p, tok));
      expect(res.status, `${key} by B's own ${role}: ${res.text}`).toBe(status);
      summary.add('control writes by B’s own users');
    }
  });
});
