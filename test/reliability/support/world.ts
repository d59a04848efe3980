import type { AgreementInputBody } from '../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import { agreementBody, completeReturn } from '../../support/fixtures';
import { eventually } from '../../support/http';
import type { RawResponse, Send } from './http';

export type Role =
  'council-viewer' | 'council-editor' | 'council-approver' | 'dfe-reviewer' | 'dfe-admin';

export type TokenFor = (role: Role, laCode?: string) => Promise<string>;

/** A council with data behind every route: what the isolation matrix tries to reach. */
export interface CouncilWorld {
  laCode: string;
  name: string;
  /** What this council's condition and tranche ids start with. */
  prefix: string;
  /** Text written into this council's returns, notes and reasons, to spot it anywhere. */
  marker: string;
  conditionIds: string[];
  trancheIds: { released: string; withheld: string; scheduled: string };
  periods: { accepted: string; submitted: string; returned: string; draft: string };
  openAlertIds: string[];
  acknowledgedAlertId: string;
  agreementVersion: number;
  /** The current version of each period's return. */
  returnVersions: Record<string, number>;
  /** The scorecard's version and its one month of figures. */
  scorecardVersion: number;
  scorecardMonth: string;
  /** Capital bids in each state, the schemes of each, and each bid's current version. */
  capitalBids: { draft: string; submitted: string; awarded: string };
  capitalSchemeIds: string[];
  capitalBidVersions: Record<string, number>;
  /** The council's reform plan: submitted and returned by DfE, so editable again. */
  reformPlanVersion: number;
  /** The stability grant's figures (the sources differ, so the lowest counts). */
  stabilityGrantVersion: number;
}

/** A capital bid of two schemes, both funded from the bid. */
export function capitalBidWithIds(prefix: string, marker: string, submittedOn?: string) {
  return {
    title: `Capital bid of ${marker}`,
    ...(submittedOn ? { submittedOn } : {}),
    requested: 3_000_000,
    note: `Note of ${marker}`,
    schemes: [
      {
        id: `${prefix}-s1`,
        title: `Resourced provision (${marker})`,
        provisionType: 'resourced-provision',
        places: 12,
        cost: 1_000_000,
        fundedFrom: 'this-bid',
      },
      {
        id: `${prefix}-s2`,
        title: `Special school places (${marker})`,
        provisionType: 'special',
        places: 40,
        cost: 2_000_000,
        fundedFrom: 'this-bid',
      },
    ],
  };
}

/** The template every world's plan is written against (DfE's, shared by every council). */
export const WORLD_TEMPLATE = {
  sections: [
    { id: 'early', title: 'Early' },
    { id: 'finance', title: 'Finance' },
  ],
};

/** Fails loudly when a set-up step does not get the status it needs. */
export async function expectStatus(
  what: string,
  res: Promise<RawResponse>,
  ...statuses: number[]
): Promise<RawResponse> {
  const r = await res;
  if (!statuses.includes(r.status)) {
    throw new Error(`${what}: expected ${statuses.join('/')}, got ${r.status} ${r.text}`);
  }
  return r;
}

/** An agreement with ids of its own (prefix), so one council's ids never name another's. */
export function agreementWithIds(prefix: string, reason?: string): AgreementInputBody {
  const base = agreementBody();
  return {
    ...base,
    conditions: base.conditions.map((c, i) => ({
      ...c,
      id: `${prefix}-cond-${i + 1}`,
      description: `Condition ${i + 1} of ${prefix}`,
    })),
    tranches: [
      { ...base.tranches[0]!, id: `${prefix}-t1`, conditionIds: [] },
      { ...base.tranches[1]!, id: `${prefix}-t2`, conditionIds: [`${prefix}-cond-1`] },
      {
        ...base.tranches[2]!,
        id: `${prefix}-t3`,
        conditionIds: [`${prefix}-cond-1`, `${prefix}-cond-2`],
      },
    ],
    ...(reason ? { reason } : {}),
  };
}

/** A complete return far off plan: it raises trajectory, in-year, EHCP and condition alerts. */
export function breachingReturn(prefix: string, marker: string): ReturnDraft {
  const base = completeReturn();
  return {
    ...base,
    finance: {
      ...base.finance!,
      forecastCumulativeDeficit: 30_000_000,
      forecastInYearBalance: -5_000_000,
    },
    demand: { ...base.demand!, ehcpsTotal: 3000 },
    conditions: [
      { conditionId: `${prefix}-cond-1`, status: 'not-met', statement: `Not met (${marker})` },
      { conditionId: `${prefix}-cond-2`, status: 'at-risk', statement: `At risk (${marker})` },
    ],
    narrative: `Narrative of ${marker}`,
  };
}

/**
 * Builds a council through the API as its users would: an agreement and a variation,
 * returns in every state, alerts raised by the worker (one acknowledged), DfE
 * assessments, and tranches released, withheld and still scheduled.
 */
export async function buildCouncilWorld(
  send: Send,
  tokenFor: TokenFor,
  spec: { laCode: string; name: string; prefix: string; marker: string },
  /** Waits until the alert worker has handled every change so far. */
  settle: () => Promise<void>,
): Promise<CouncilWorld> {
  const { laCode, name, prefix, marker } = spec;
  const admin = await tokenFor('dfe-admin');
  const reviewer = await tokenFor('dfe-reviewer');
  const editor = await tokenFor('council-editor', laCode);
  const approver = await tokenFor('council-approver', laCode);
  const base = `/api/v1/councils/${laCode}`;

  await expectStatus(
    `create ${laCode}`,
    send({ method: 'POST', path: '/api/v1/councils', token: admin, body: { laCode, name } }),
    201,
  );
  await expectStatus(
    `agreement ${laCode}`,
    send({
      method: 'PUT',
      path: `${base}/agreement`,
      token: admin,
      body: agreementWithIds(prefix),
    }),
    201,
  );
  await expectStatus(
    `variation ${laCode}`,
    send({
      method: 'PUT',
      path: `${base}/agreement`,
      token: admin,
      headers: { 'If-Match': '"1"' },
      body: agreementWithIds(prefix, `Variation agreed (${marker})`),
    }),
    200,
  );

  const periods = {
    accepted: '2024-25-Q1',
    submitted: '2024-25-Q2',
    returned: '2024-25-Q3',
    draft: '2024-25-Q4',
  };
  const content = breachingReturn(prefix, marker);
  const signOff = { signOff: { name: `Officer of ${marker}`, role: 'Section 151 officer' } };
  for (const period of [periods.accepted, periods.submitted, periods.returned]) {
    await expectStatus(
      `save ${laCode} ${period}`,
      send({ method: 'PUT', path: `${base}/returns/${period}`, token: editor, body: content }),
      201,
    );
    await expectStatus(
      `submit ${laCode} ${period}`,
      send({
        method: 'POST',
        path: `${base}/returns/${period}/submit`,
        token: approver,
        headers: { 'Idempotency-Key': `world-${laCode}-${period}` },
        body: signOff,
      }),
      200,
    );
  }
  await expectStatus(
    `accept ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/returns/${periods.accepted}/review`,
      token: reviewer,
      body: { decision: 'accept', comments: `Accepted (${marker})` },
    }),
    200,
  );
  await expectStatus(
    `return ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/returns/${periods.returned}/review`,
      token: reviewer,
      body: { decision: 'return', comments: `Sent back (${marker})` },
    }),
    200,
  );
  await expectStatus(
    `draft ${laCode}`,
    // Not `{}`: an empty map stalls the local alert worker (see stream-resilience.test.ts).
    send({
      method: 'PUT',
      path: `${base}/returns/${periods.draft}`,
      token: editor,
      body: { narrative: `First draft of ${marker}` },
    }),
    201,
  );
  await expectStatus(
    `draft v2 ${laCode}`,
    send({
      method: 'PUT',
      path: `${base}/returns/${periods.draft}`,
      token: editor,
      headers: { 'If-Match': '"1"' },
      body: { ...content, narrative: `Draft of ${marker}` },
    }),
    200,
  );

  for (const [conditionId, status] of [
    [`${prefix}-cond-1`, 'not-met'],
    [`${prefix}-cond-2`, 'met'],
  ] as const) {
    await expectStatus(
      `assess ${laCode} ${conditionId}`,
      send({
        method: 'POST',
        path: `${base}/conditions/${conditionId}/assessments`,
        token: reviewer,
        body: { period: periods.accepted, status, note: `Assessed (${marker})` },
      }),
      201,
    );
  }
  await expectStatus(
    `release ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/tranches/${prefix}-t1/decision`,
      token: admin,
      body: { decision: 'release', reason: `Released (${marker})` },
    }),
    200,
  );
  await expectStatus(
    `withhold ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/tranches/${prefix}-t2/decision`,
      token: admin,
      body: { decision: 'withhold', reason: `Withheld (${marker})` },
    }),
    200,
  );

  // A scorecard with a local measure of its own, and a month of figures with a note.
  await expectStatus(
    `scorecard ${laCode}`,
    send({
      method: 'PUT',
      path: `${base}/scorecard`,
      token: editor,
      body: {
        measures: [
          { key: 'ehcp-20-week-pct' },
          {
            key: `${prefix}-local`,
            title: `Local measure of ${marker}`,
            unit: 'count',
            better: 'higher',
          },
        ],
      },
    }),
    201,
  );
  await expectStatus(
    `scorecard month ${laCode}`,
    send({
      method: 'PUT',
      path: `${base}/scorecard/months/2024-03`,
      token: editor,
      body: {
        values: [
          { key: 'ehcp-20-week-pct', value: 55.5, note: `Note of ${marker}` },
          { key: `${prefix}-local`, value: 12 },
        ],
      },
    }),
    201,
  );

  // The worker raises the alerts from the submissions and the assessment.
  type Alert = { id: string; status: string; rule: string };
  const alerts = await eventually(async () => {
    const res = await send({ method: 'GET', path: `${base}/alerts?status=open`, token: admin });
    const items = (res.json as { items?: Alert[] } | undefined)?.items ?? [];
    const rules = new Set(items.map((a) => a.rule));
    return ['trajectory-breach', 'condition-not-met', 'ehcp-growth'].every((r) => rules.has(r))
      ? items
      : undefined;
  }, 15_000);
  // The worker marks each new alert as announced: let it finish before a user acts on one.
  await settle();
  const [acknowledged, ...open] = alerts;
  if (!acknowledged || open.length < 2) throw new Error(`too few alerts for ${laCode}`);
  await expectStatus(
    `acknowledge ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/alerts/${acknowledged.id}/acknowledge`,
      token: editor,
      body: { note: `Seen (${marker})` },
    }),
    200,
  );

  const capitalBids = {
    draft: `${prefix}-bid-draft`,
    submitted: `${prefix}-bid-submitted`,
    awarded: `${prefix}-bid-awarded`,
  };
  for (const [bidId, submittedOn] of [
    [capitalBids.draft, undefined],
    [capitalBids.submitted, '2024-05-01'],
    [capitalBids.awarded, '2024-04-01'],
  ] as const) {
    await expectStatus(
      `capital bid ${laCode} ${bidId}`,
      send({
        method: 'PUT',
        path: `${base}/capital-bids/${bidId}`,
        token: editor,
        body: capitalBidWithIds(prefix, marker, submittedOn),
      }),
      201,
    );
  }
  await expectStatus(
    `capital decision ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/capital-bids/${capitalBids.awarded}/decision`,
      token: admin,
      body: {
        decidedOn: '2024-06-30',
        awarded: 1_000_000,
        note: `Decided (${marker})`,
        schemes: [{ schemeId: `${prefix}-s1`, support: 'strong', amount: 1_000_000 }],
      },
    }),
    200,
  );
  // The reform plan and the stability grant: the template is DfE's, published once.
  await expectStatus(
    'reform plan template',
    send({
      method: 'PUT',
      path: '/api/v1/reform-plan-template',
      token: admin,
      body: WORLD_TEMPLATE,
    }),
    201,
    428,
  );
  await expectStatus(
    `reform plan ${laCode}`,
    send({
      method: 'PUT',
      path: `${base}/reform-plan`,
      token: editor,
      body: {
        sections: WORLD_TEMPLATE.sections.map((s) => ({
          sectionId: s.id,
          text: `${s.title} in the plan of ${marker}`,
          actions: [{ title: `Action of ${marker}`, owner: 'Head of SEND', dueOn: '2026-09-30' }],
        })),
      },
    }),
    201,
  );
  await expectStatus(
    `submit reform plan ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/reform-plan/submit`,
      token: approver,
      headers: { 'Idempotency-Key': `world-plan-${laCode}` },
      body: signOff,
    }),
    200,
  );
  await expectStatus(
    `return reform plan ${laCode}`,
    send({
      method: 'POST',
      path: `${base}/reform-plan/review`,
      token: reviewer,
      body: {
        decision: 'return',
        comments: `Sent back (${marker})`,
        ratings: WORLD_TEMPLATE.sections.map((s) => ({
          sectionId: s.id,
          rating: 'partially-meets',
        })),
      },
    }),
    200,
  );
  await expectStatus(
    `stability grant ${laCode}`,
    send({
      method: 'PUT',
      path: `${base}/stability-grant/deficit`,
      token: approver,
      body: {
        asAt: '2026-03-31',
        sources: [
          { source: 's251-outturn', highNeedsDeficit: 30_000_000, otherBlocksDeficit: 400_000 },
          { source: 'dsg-note', highNeedsDeficit: 29_750_000 },
        ],
        explanation: `Accruals differ (${marker})`,
      },
    }),
    201,
  );

  const list = await expectStatus(
    `list returns ${laCode}`,
    send({ method: 'GET', path: `${base}/returns`, token: admin }),
    200,
  );
  const returnVersions = Object.fromEntries(
    (list.json as { items: { period: string; version: number }[] }).items.map((r) => [
      r.period,
      r.version,
    ]),
  );

  return {
    laCode,
    name,
    prefix,
    marker,
    conditionIds: [`${prefix}-cond-1`, `${prefix}-cond-2`],
    trancheIds: { released: `${prefix}-t1`, withheld: `${prefix}-t2`, scheduled: `${prefix}-t3` },
    periods,
    openAlertIds: open.map((a) => a.id),
    acknowledgedAlertId: acknowledged.id,
    agreementVersion: 2,
    returnVersions,
    scorecardVersion: 1,
    scorecardMonth: '2024-03',
    capitalBids,
    capitalSchemeIds: [`${prefix}-s1`, `${prefix}-s2`],
    capitalBidVersions: {
      [capitalBids.draft]: 1,
      [capitalBids.submitted]: 1,
      [capitalBids.awarded]: 2,
    },
    reformPlanVersion: 3,
    stabilityGrantVersion: 1,
  };
}
