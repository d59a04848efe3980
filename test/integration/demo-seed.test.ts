import { Logger } from '@aws-lambda-powertools/logger';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import demo from '../../infra/local/seed/councils.json' with { type: 'json' };
import { ILLUSTRATIVE_RETURN } from '../../infra/local/seed/demo-return';
import { ILLUSTRATIVE_NOTE } from '../../infra/local/seed/scorecards';
import { DEMO_AS_AT, seedDemo } from '../../infra/local/seed/seed-demo';
import type { AppDeps } from '../../functions/api/env';
import { readNotificationSettings } from '../../functions/api/notifications/read-notification-settings';
import { readScorecard } from '../../functions/api/scorecards/read-scorecard';
import { REFORM_AS_AT } from '../../infra/local/seed/reform';
import { stabilityGrantView } from '../../functions/api/stability-grant/stability-grant-view';
import { getReformPlan } from '../../shared/data/reform-plans/get-reform-plan';
import { getReformPlanTemplate } from '../../shared/data/reform-plans/get-reform-plan-template';
import { getStabilityGrant } from '../../shared/data/stability-grant/get-stability-grant';
import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { listAgreementVersions } from '../../shared/data/agreements/list-agreement-versions';
import { listAssessments } from '../../shared/data/assessments/list-assessments';
import { listAudit, type AuditEntry } from '../../shared/data/audit';
import type { Store } from '../../shared/data/client';
import { listCouncils } from '../../shared/data/councils/list-councils';
import { listReturnHistory } from '../../shared/data/returns/list-return-history';
import { listReturns } from '../../shared/data/returns/list-returns';
import { listTrancheRecords } from '../../shared/data/tranches/list-tranche-records';
import {
  checkAgreement,
  checkReturnComplete,
  comparePeriods,
  decideTranche,
  isLate,
  periodEnd,
} from '../../shared/domain';
import type { Agreement } from '../../shared/schemas/agreement';
import { createTestStore } from '../support/test-store';

const logger = new Logger({ serviceName: 'demo-seed-test', logLevel: 'SILENT' });
const councilData = (laCode: string) => {
  const found = demo.councils.find((c) => c.laCode === laCode);
  if (!found) throw new Error(`no council ${laCode} in councils.json`);
  return found;
};

const SEED_PRINCIPAL = { sub: 'demo-seed-test', role: 'dfe-reviewer' } as const;
let store: Store;
let seededInMs = 0;

beforeAll(async () => {
  store = await createTestStore();
  const started = Date.now();
  await seedDemo(store, logger);
  seededInMs = Date.now() - started;
});

async function agreementOf(laCode: string): Promise<Agreement> {
  const agreement = await getAgreement(store, laCode);
  if (!agreement) throw new Error(`no agreement for ${laCode}`);
  return agreement;
}

async function statusesOf(laCode: string): Promise<Record<string, string>> {
  const returns = await listReturns(store, laCode);
  return Object.fromEntries(
    returns.sort((a, b) => comparePeriods(a.period, b.period)).map((r) => [r.period, r.status]),
  );
}

async function auditOf(laCode: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAudit(store, laCode, { limit: 200, cursor });
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

async function snapshot() {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.db.send(
      new ScanCommand({ TableName: store.tableName, ExclusiveStartKey: start }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) =>
    `${String(a.pk)}|${String(a.sk)}`.localeCompare(`${String(b.pk)}|${String(b.sk)}`),
  );
}

describe('the demo seed', () => {
  it('creates the four councils of councils.json, each with its neighbours', async () => {
    const { items } = await listCouncils(store, { limit: 50 });
    expect(items.map((c) => [c.laCode, c.name, c.region]).sort()).toEqual(
      demo.councils.map((c) => [c.laCode, c.name, c.region]).sort(),
    );
    for (const council of items) {
      expect(council.statisticalNeighbours?.sort()).toEqual(
        ['351', '865', '839', '801'].filter((code) => code !== council.laCode).sort(),
      );
    }
  });

  it('gives every council an agreement that passes the agreement rules', async () => {
    for (const laCode of ['351', '865', '839', '801']) {
      expect(checkAgreement(await agreementOf(laCode))).toEqual([]);
    }
  });

  it("records Bury's agreement with the real trajectory and payment profile, then its extension", async () => {
    const bury = await agreementOf('351');
    const real = councilData('351').agreement;
    expect(bury).toMatchObject({
      programme: 'safety-valve',
      status: 'active',
      signedOn: '2021-03-19',
      firstYear: '2020-21',
      lastYear: '2028-29',
      cadence: 'quarterly',
      dfeContributionTotal: 20_000_000,
      councilContributionTotal: 6_000_000,
      version: 2,
    });
    const versions = await listAgreementVersions(store, '351');
    expect(versions.map((v) => [v.version, v.lastYear])).toEqual([
      [2, '2028-29'],
      [1, '2024-25'],
    ]);
    expect(versions[0]?.reason).toMatch(/nine years.*£2m a year.*Illustrative/s);
    expect(versions[1]?.trajectory).toEqual(
      (real.trajectory ?? []).map((y) => ({
        financialYear: y.financialYear,
        plannedCumulativeDeficit: y.plannedCumulativeDeficit,
        mitigatedCumulativeDeficit: y.mitigatedCumulativeDeficit,
        ...(y.programmeCost === undefined ? {} : { programmeCost: y.programmeCost }),
      })),
    );
    expect(bury.trajectory.slice(0, 6)).toEqual(versions[1]?.trajectory);
    expect(bury.trajectory.map((y) => y.plannedCumulativeDeficit).slice(0, 6)).toEqual([
      20_067_000, 21_407_000, 19_764_000, 15_666_000, 9_507_000, -60_000,
    ]);
    expect(bury.trajectory.slice(6).map((y) => [y.financialYear, y.councilContribution])).toEqual([
      ['2025-26', 2_000_000],
      ['2026-27', 2_000_000],
      ['2027-28', 2_000_000],
      ['2028-29', 0],
    ]);
    expect(bury.mitigations?.map((m) => m.workstream)).toEqual([
      'Graduated approach',
      'Strategy and policy',
      'Practice and process',
      'Finance',
    ]);
    for (const m of bury.mitigations ?? []) expect(m.title).toMatch(/\(illustrative savings\)$/);
    expect(bury.tranches.map((t) => [t.id, t.financialYear, t.amount])).toEqual([
      ['2020-21', '2020-21', 6_000_000],
      ['2021-22', '2021-22', 4_000_000],
      ['2022-23', '2022-23', 4_000_000],
      ['2023-24', '2023-24', 3_000_000],
      ['2024-25', '2024-25', 3_000_000],
    ]);
    // The conditions are illustrative and say so.
    expect(bury.conditions).toHaveLength(5);
    for (const condition of bury.conditions) {
      expect(condition.description).toMatch(/^Illustrative: /);
      expect(condition.title).toMatch(/\(illustrative\)$/);
    }
    expect(bury.reason).toMatch(/Illustrative/);
  });

  it("releases Bury's first four tranches, and DfE's at-risk assessment blocks the last", async () => {
    const records = await listTrancheRecords(store, '351');
    expect(Object.fromEntries([...records].map(([id, r]) => [id, r.status]))).toEqual({
      '2020-21': 'released',
      '2021-22': 'released',
      '2022-23': 'released',
      '2023-24': 'released',
    });
    const bury = await agreementOf('351');
    const last = bury.tranches.find((t) => t.id === '2024-25');
    const assessments = await listAssessments(store, '351');
    const latest: Record<string, 'met' | 'on-track' | 'at-risk' | 'not-met'> = {};
    for (const a of [...assessments].sort(
      (x, y) => comparePeriods(x.period, y.period) || x.assessedAt.localeCompare(y.assessedAt),
    )) {
      latest[a.conditionId] = a.status;
    }
    expect(latest['independent-placements']).toBe('at-risk');
    const outcome = decideTranche(
      { status: 'scheduled', backPaid: false },
      { decision: 'release', reason: 'test' },
      { conditionIds: last?.conditionIds ?? [], latestAssessments: latest },
    );
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: 'conditions-blocking', conditionIds: ['independent-placements'] },
    });
  });

  it("tells Bury's returns: accepted near plan, one well above plan awaiting review, a draft", async () => {
    const statuses = await statusesOf('351');
    const periods = Object.keys(statuses);
    expect(periods[0]).toBe('2020-21-Q4');
    expect(periods.at(-1)).toBe('2024-25-Q4');
    expect(periods).toHaveLength(17);
    expect(Object.values(statuses).filter((s) => s === 'accepted')).toHaveLength(15);
    expect(statuses['2024-25-Q3']).toBe('submitted');
    expect(statuses['2024-25-Q4']).toBe('draft');

    const bury = await agreementOf('351');
    const returns = await listReturns(store, '351');
    for (const r of returns) {
      expect(r.content.narrative?.startsWith(ILLUSTRATIVE_RETURN)).toBe(true);
      if (r.status === 'draft') continue;
      expect(checkReturnComplete(r.content, bury)).toEqual([]);
      // Submitted a few weeks after the quarter ended, on time.
      expect(r.submittedAt && r.submittedAt > periodEnd(r.period)).toBe(true);
      expect(isLate(r.period, bury.returnDueDays, r.submittedAt ?? '', r.submittedAt)).toBe(false);
      const planned = bury.trajectory.find((y) => y.financialYear === r.financialYear);
      const excess =
        (r.content.finance?.forecastCumulativeDeficit ?? 0) -
        (planned?.plannedCumulativeDeficit ?? 0);
      if (r.period === '2024-25-Q3') expect(excess).toBeGreaterThan(2 * 500_000);
      else expect(Math.abs(excess)).toBeLessThanOrEqual(500_000);
      // Bury's real workstream names.
      expect(r.content.workstreams?.map((w) => w.name)).toEqual(
        councilData('351').agreement.workstreams,
      );
    }
    const history = await listReturnHistory(store, '351', '2024-25-Q3');
    // Newest first.
    expect(history.map((h) => h.action)).toEqual(['submitted', 'saved', 'saved']);
  });

  it("records Wiltshire's real payment as released and shows EHCPs above plan", async () => {
    const wiltshire = await agreementOf('865');
    expect(wiltshire).toMatchObject({
      status: 'active',
      signedOn: '2024-03-01',
      firstYear: '2023-24',
      cadence: 'quarterly',
      dfeContributionTotal: 67_000_000,
      councilContributionTotal: 70_200_000,
    });
    expect(wiltshire.trajectory.at(-1)).toMatchObject({
      financialYear: wiltshire.lastYear,
      plannedCumulativeDeficit: 137_200_000,
    });
    expect(wiltshire.tranches[0]).toMatchObject({
      id: '2023-24',
      financialYear: '2023-24',
      amount: 26_800_000,
    });
    const records = await listTrancheRecords(store, '865');
    expect(records.get('2023-24')).toMatchObject({ status: 'released', backPaid: false });
    expect(records.get('2023-24')?.decisions[0]).toMatchObject({
      decision: 'release',
      decidedAt: '2024-03-28T15:00:00.000Z',
      decidedBy: { sub: 'demo-seed', role: 'dfe-admin' },
    });
    expect(records.size).toBe(1);

    expect(await statusesOf('865')).toEqual({
      '2023-24-Q4': 'accepted',
      '2024-25-Q1': 'accepted',
      '2024-25-Q2': 'accepted',
      '2024-25-Q3': 'submitted',
    });
    const returns = await listReturns(store, '865');
    const realAreas = councilData('865').agreement.programmeAreas ?? [];
    for (const r of returns) {
      const plan = wiltshire.trajectory.find((y) => y.financialYear === r.financialYear);
      const ehcps = r.content.demand?.ehcpsTotal ?? 0;
      expect(ehcps).toBeGreaterThan(plan?.plannedEhcps ?? Infinity);
      if (r.financialYear === '2024-25') {
        // Beyond the 5% tolerance: the ehcp-growth alert's story.
        expect(ehcps).toBeGreaterThan((plan?.plannedEhcps ?? 0) * 1.05);
      }
      expect(r.content.workstreams?.map((w) => [w.name, w.rag])).toEqual(
        realAreas.map((a) => [a.name, a.rag]),
      );
    }
    // One return was submitted after its due date.
    expect(
      returns.filter((r) => isLate(r.period, wiltshire.returnDueDays, '', r.submittedAt)),
    ).toHaveLength(1);
  });

  it("records BCP's plan as proposed, then rejected, with the real deficits", async () => {
    const bcp = await agreementOf('839');
    expect(bcp).toMatchObject({
      status: 'rejected',
      cadence: 'monthly',
      dfeContributionTotal: 0,
      tranches: [],
      version: 2,
    });
    expect(bcp.trajectory).toEqual([
      {
        financialYear: '2023-24',
        plannedCumulativeDeficit: 63_000_000,
        plannedInYearBalance: -27_000_000,
      },
      {
        financialYear: '2024-25',
        plannedCumulativeDeficit: 91_000_000,
        plannedInYearBalance: -28_000_000,
      },
    ]);
    const versions = await listAgreementVersions(store, '839');
    expect(versions.map((v) => [v.version, v.status, v.createdAt.slice(0, 10)])).toEqual([
      [2, 'rejected', '2024-03-13'],
      [1, 'proposed', '2024-01-15'],
    ]);
    expect(await listReturns(store, '839')).toEqual([]);
  });

  it("records Bristol's first payment as released and a termly return sent back", async () => {
    const bristol = await agreementOf('801');
    expect(bristol).toMatchObject({
      status: 'active',
      firstYear: '2023-24',
      lastYear: '2028-29',
      cadence: 'termly',
      dfeContributionTotal: 53_800_000,
    });
    expect(bristol.tranches[0]).toMatchObject({ amount: 21_500_000, dueOn: '2024-03-31' });
    const records = await listTrancheRecords(store, '801');
    expect(records.get('2023-24')?.status).toBe('released');

    expect(await statusesOf('801')).toEqual({
      '2023-24-T3': 'accepted',
      '2024-25-T1': 'accepted',
      '2024-25-T2': 'returned',
      '2024-25-T3': 'draft',
    });
    const returned = (await listReturns(store, '801')).find((r) => r.period === '2024-25-T2');
    expect(returned?.review).toMatchObject({ decision: 'return' });
    expect(returned?.review?.comments).toMatch(/recovery/);
    const plan = bristol.trajectory.find((y) => y.financialYear === '2024-25');
    const gap =
      (returned?.content.finance?.forecastCumulativeDeficit ?? 0) -
      (plan?.plannedCumulativeDeficit ?? 0);
    // "About £10m off plan by November 2024".
    expect(gap).toBeGreaterThan(9_500_000);
    expect(gap).toBeLessThan(10_500_000);
  });

  it('leaves an audit item for every write', async () => {
    const actions = (entries: AuditEntry[]) =>
      entries.reduce<Record<string, number>>((counts, e) => {
        counts[e.action] = (counts[e.action] ?? 0) + 1;
        return counts;
      }, {});
    const bury = await auditOf('351');
    const assessments = await listAssessments(store, '351');
    expect(actions(bury)).toEqual({
      'council.created': 1,
      'agreement.created': 1,
      'agreement.varied': 1,
      'tranche.release': 4,
      'condition.assessed': assessments.length,
      'return.created': 17,
      'return.saved': 1,
      'return.submitted': 16,
      'return.accepted': 15,
      'scorecard.created': 1,
      'scorecard.month.created': 6,
      'capital-bid.created': 1,
      'capital-bid.awarded': 1,
      'capital-scheme.progress': 1,
      // 2026: the reform plan's draft and the stability grant's figures.
      'reform-plan.created': 1,
      'stability-grant.figures-saved': 1,
      // The finance officer's and the section 151 officer's email choices.
      'notifications.created': 2,
    });
    // Each person saved their own email choice; the seed wrote everything else.
    const own = (e: AuditEntry) => e.action.startsWith('notifications.');
    for (const entry of bury.filter((e) => !own(e))) expect(entry.actor.sub).toBe('demo-seed');
    expect(
      bury
        .filter(own)
        .map((e) => e.actor.sub)
        .sort(),
    ).toEqual(['council-approver-351', 'council-editor-351']);
    // Newest first, and as the story tells it: the grant's figures are the latest change,
    // and Bury's Q4 draft the latest Safety Valve one.
    expect(bury[0]).toMatchObject({ action: 'stability-grant.figures-saved' });
    expect(bury[2]).toMatchObject({ action: 'return.created', entity: 'return 2024-25-Q4' });
    expect(bury.at(-1)).toMatchObject({
      action: 'council.created',
      at: '2021-03-19T09:00:00.000Z',
    });

    expect(actions(await auditOf('839'))).toEqual({
      'council.created': 1,
      'agreement.created': 1,
      'agreement.varied': 1,
      'scorecard.created': 1,
      'scorecard.month.created': 4,
      'capital-bid.created': 1,
      'reform-plan.created': 1,
      'reform-plan.submitted': 1,
      'reform-plan.returned': 1,
      'stability-grant.figures-saved': 1,
      'notifications.created': 2,
    });
    expect(actions(await auditOf('801'))).toMatchObject({
      'reform-plan.approved': 1,
      'stability-grant.determined': 1,
      'notifications.created': 2,
    });
    expect(actions(await auditOf('801'))).toMatchObject({
      'tranche.release': 1,
      'condition.assessed': 3,
      'return.returned': 1,
      'return.accepted': 2,
    });
    expect(actions(await auditOf('865'))).toMatchObject({
      'notifications.created': 2,
      'tranche.release': 1,
      'condition.assessed': 2,
      'return.submitted': 4,
      'return.accepted': 3,
    });
  });

  it("saves each council's demo people's email choices through the API's use case", async () => {
    for (const laCode of ['351', '865', '839', '801']) {
      const approver = await readNotificationSettings({ store } as AppDeps, {
        sub: `council-approver-${laCode}`,
        role: 'council-approver',
        laCode,
      });
      expect(approver.events).toEqual(['return-returned', 'return-accepted', 'ready-for-sign-off']);
      expect(approver.email).toMatch(/^section-151-officer@[a-z-]+\.example\.gov\.uk$/);
      const editor = await readNotificationSettings({ store } as AppDeps, {
        sub: `council-editor-${laCode}`,
        role: 'council-editor',
        laCode,
      });
      expect(editor.events).toEqual(['return-returned', 'return-accepted', 'plan-reviewed']);
      expect(editor.email).toMatch(/^send-finance-officer@/);
      const viewer = await readNotificationSettings({ store } as AppDeps, {
        sub: `council-viewer-${laCode}`,
        role: 'council-viewer',
        laCode,
      });
      expect(viewer).not.toHaveProperty('version');
    }
    const bury = await readNotificationSettings({ store } as AppDeps, {
      sub: 'council-approver-351',
      role: 'council-approver',
      laCode: '351',
    });
    expect(bury.email).toBe('section-151-officer@bury.example.gov.uk');
  });

  it("gives BCP's scorecard exactly as its May 2024 report, with the comparators it quotes", async () => {
    const view = await readScorecard({ store } as AppDeps, SEED_PRINCIPAL, { laCode: '839' });
    const rows = (councilData('839') as { scorecard: Record<string, unknown>[] }).scorecard;
    expect(view.measures).toHaveLength(rows.length);
    expect(view.months).toEqual(['2023-02', '2023-03', '2024-02', '2024-03']);
    for (const [i, row] of rows.entries()) {
      const measure = view.measures[i];
      const figures = Object.entries(row)
        .filter(([k]) => /^\d{4}-\d{2}$/.test(k))
        .map(([month, value]) => [month, value])
        .sort();
      expect(measure?.series.map((p) => [p.month, p.value])).toEqual(figures);
      expect(measure?.targets).toEqual([]);
    }
    const twenty = view.measures.find((m) => m.key === 'ehcp-20-week-pct');
    expect(twenty?.series.map((p) => [p.month, p.value])).toEqual([
      ['2023-03', 0],
      ['2024-02', 52.9],
      ['2024-03', 67.1],
    ]);
    expect(twenty?.series.at(-1)?.comparators).toEqual({
      national: 44.47,
      region: 34.7,
      statisticalNeighbours: 36.4,
    });
    const backlog = view.measures.find((m) => m.key === 'annual-review-backlog');
    expect(backlog?.latest).toEqual({ month: '2024-03', value: 1030 });
    const mainstream = view.measures.find((m) => m.key === 'mainstream-ehcp-pct');
    expect(mainstream?.series).toEqual([
      { month: '2023-02', value: 37.3, comparators: { national: 41 } },
    ]);
  });

  it('labels every figure of the other scorecards illustrative', async () => {
    for (const laCode of ['865', '351']) {
      const view = await readScorecard({ store } as AppDeps, SEED_PRINCIPAL, { laCode });
      const points = view.measures.flatMap((m) => m.series);
      expect(points.length).toBeGreaterThan(12);
      for (const point of points) expect(point.note).toBe(ILLUSTRATIVE_NOTE);
    }
  });

  it('dates every write on or before the day the demo stands at (reform writes: 2026)', async () => {
    const isReform = (e: AuditEntry) => /^(reform-plan|stability-grant)/.test(e.action);
    for (const laCode of ['351', '865', '839', '801']) {
      const audit = await auditOf(laCode);
      const latest = audit.find((e) => !isReform(e));
      expect((latest?.at ?? '').slice(0, 10) <= DEMO_AS_AT).toBe(true);
      expect(latest?.at).toBeDefined();
      const latestReform = audit.find(isReform);
      expect((latestReform?.at ?? '').slice(0, 10) <= REFORM_AS_AT).toBe(true);
      expect((latestReform?.at ?? '').slice(0, 10) > DEMO_AS_AT).toBe(true);
    }
  });

  it('publishes an illustrative template for the five principles, finance and sufficiency', async () => {
    const template = await getReformPlanTemplate(store);
    expect(template?.sections.map((s) => s.id)).toEqual([
      'early',
      'local',
      'fair',
      'effective',
      'shared',
      'finance',
      'sufficiency',
    ]);
    for (const section of template?.sections ?? [])
      expect(section.guidance).toMatch(/^Illustrative/);
  });

  it('gives each council a plan at a different stage and a grant that exercises each rule', async () => {
    const rows = [];
    for (const laCode of ['351', '865', '839', '801']) {
      const plan = await getReformPlan(store, laCode);
      const grant = stabilityGrantView(laCode, await getStabilityGrant(store, laCode), plan);
      rows.push([laCode, plan?.status, grant.basis, grant.status, grant.grant]);
      for (const section of plan?.content.sections ?? []) {
        expect(section.text).toMatch(/^\(Illustrative\)/);
      }
    }
    expect(rows).toEqual([
      ['351', 'draft', 'agreed', 'ineligible', 0],
      ['865', 'submitted', 'agreed', 'awaiting-plan-approval', 137_160_000],
      ['839', 'returned', 'lowest', 'awaiting-plan-approval', 108_810_000],
      ['801', 'approved', 'determined', 'payable', 55_890_000],
    ]);
  });

  // How long the seed takes is printed, not asserted: a shared machine's load would make
  // a timed assertion fail for reasons that are not the seed's.
  it('seeding again changes nothing', async () => {
    console.log(`demo seed took ${seededInMs} ms`);
    const before = await snapshot();
    await seedDemo(store, logger);
    expect(await snapshot()).toEqual(before);
  });
});
