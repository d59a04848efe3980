import type { Logger } from '@aws-lambda-powertools/logger';
import type { AppDeps } from '../../../functions/api/env';
import { reviewReturn } from '../../../functions/api/returns/review-return';
import { saveDraft } from '../../../functions/api/returns/save-draft';
import { submitReturn } from '../../../functions/api/returns/submit-return';
import type { Principal } from '../../../shared/auth';
import { getAgreement } from '../../../shared/data/agreements/get-agreement';
import { saveAgreement } from '../../../shared/data/agreements/save-agreement';
import { listAssessments } from '../../../shared/data/assessments/list-assessments';
import { recordAssessment } from '../../../shared/data/assessments/record-assessment';
import type { Store } from '../../../shared/data/client';
import { createCouncil } from '../../../shared/data/councils/create-council';
import { listTrancheRecords } from '../../../shared/data/tranches/list-tranche-records';
import { recordTrancheDecision } from '../../../shared/data/tranches/record-tranche-decision';
import {
  checkAgreement,
  checkVariation,
  comparePeriods,
  decideTranche,
  periodProblems,
  type FieldError,
} from '../../../shared/domain';
import {
  AgreementInput,
  TrancheDecisionInput,
  type Agreement,
  type AgreementInputBody,
} from '../../../shared/schemas/agreement';
import { AssessmentInput, type Assessment } from '../../../shared/schemas/assessment';
import { CouncilInput } from '../../../shared/schemas/council';
import {
  ReturnDraft,
  ReviewInput,
  SubmitReturnInput,
  type SignOff,
} from '../../../shared/schemas/return-content';

/**
 * The seed's writes. Each goes through the same schema, rules and data-layer call as
 * the API route or use case it stands for, so the demo data is exactly what the API
 * would have written, audit items included, and a rule the seed breaks stops it rather
 * than storing something the product could never hold. Every write carries the time it
 * stands for (a return submitted three weeks after its quarter ended), and the actor is
 * `demo-seed` in the role a real user would have had, so the audit log says who did it.
 */

export const SEED_SUB = 'demo-seed';
export const ADMIN: Principal = { sub: SEED_SUB, role: 'dfe-admin' };
export const REVIEWER: Principal = { sub: SEED_SUB, role: 'dfe-reviewer' };
export const editor = (laCode: string): Principal => ({
  sub: SEED_SUB,
  role: 'council-editor',
  laCode,
});
export const approver = (laCode: string): Principal => ({
  sub: SEED_SUB,
  role: 'council-approver',
  laCode,
});

/** `2024-03-28` at `10:00` UTC, as a Date. */
export function at(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00.000Z`);
}

function fail(what: string, errors: FieldError[]): never {
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  throw new Error(`demo seed: ${what}: ${detail}`);
}

export interface SeedContext {
  store: Store;
  logger: Logger;
  laCode: string;
  /** The council's agreement as the seed last saved it (the seed is its only writer). */
  agreement?: Agreement;
}

/** The council's current agreement, read once: the routes' `requireAgreement`. */
async function currentAgreement(ctx: SeedContext): Promise<Agreement> {
  ctx.agreement ??= await getAgreement(ctx.store, ctx.laCode);
  if (!ctx.agreement) throw new Error(`demo seed: ${ctx.laCode} has no agreement yet`);
  return ctx.agreement;
}

/** Use-case dependencies whose clock reads `when`; no token is ever verified. */
function depsAt(ctx: SeedContext, when: Date): AppDeps {
  return {
    store: ctx.store,
    logger: ctx.logger,
    verifyToken: () => Promise.reject(new Error('the demo seed verifies no tokens')),
    now: () => when,
  };
}

/** `POST /councils`. */
export async function seedCouncil(ctx: SeedContext, input: CouncilInput, when: Date) {
  return createCouncil(ctx.store, CouncilInput.parse(input), ADMIN, when);
}

/** `PUT /councils/{laCode}/agreement`: version 1, or a variation with its reason. */
export async function seedAgreement(ctx: SeedContext, body: AgreementInputBody, when: Date) {
  const { store, laCode } = ctx;
  const input = AgreementInput.parse(body);
  const errors = checkAgreement(input);
  if (errors.length > 0) fail(`agreement of ${laCode}`, errors);
  const previous = await getAgreement(store, laCode);
  if (previous) {
    if (!input.reason) fail(`variation of ${laCode}`, [{ path: 'reason', message: 'required' }]);
    const records = await listTrancheRecords(store, laCode);
    const statuses = Object.fromEntries([...records].map(([id, r]) => [id, r.status]));
    const variation = checkVariation(previous, input, statuses);
    const problems = [
      ...variation.errors,
      ...variation.locked.map((l) => ({ path: `tranches.${l.id}`, message: l.message })),
    ];
    if (problems.length > 0) fail(`variation of ${laCode}`, problems);
  }
  ctx.agreement = await saveAgreement(store, laCode, input, ADMIN, previous, when);
  return ctx.agreement;
}

/** DfE's latest assessment of each condition (latest period, then latest made). */
function latestStatuses(assessments: Assessment[]): Record<string, Assessment['status']> {
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    const seen = latest.get(a.conditionId);
    const later =
      !seen ||
      comparePeriods(a.period, seen.period) > 0 ||
      (a.period === seen.period && a.assessedAt > seen.assessedAt);
    if (later) latest.set(a.conditionId, a);
  }
  return Object.fromEntries([...latest].map(([id, a]) => [id, a.status]));
}

/**
 * `POST /councils/{laCode}/tranches/{id}/decision`: refused, as the route refuses it,
 * while a linked condition's latest DfE assessment is at risk, not met or missing.
 */
export async function seedTrancheDecision(
  ctx: SeedContext,
  trancheId: string,
  body: TrancheDecisionInput,
  when: Date,
) {
  const { store, laCode } = ctx;
  const input = TrancheDecisionInput.parse(body);
  const agreement = await currentAgreement(ctx);
  const tranche = agreement.tranches.find((t) => t.id === trancheId);
  if (!tranche) throw new Error(`demo seed: ${laCode} has no tranche ${trancheId}`);
  const [records, assessments] = await Promise.all([
    listTrancheRecords(store, laCode),
    listAssessments(store, laCode),
  ]);
  const previous = records.get(trancheId);
  const current = previous ?? { status: 'scheduled' as const, backPaid: false };
  const outcome = decideTranche(current, input, {
    conditionIds: tranche.conditionIds,
    latestAssessments: latestStatuses(assessments),
  });
  if (!outcome.ok) throw new Error(`demo seed: tranche ${trancheId}: ${outcome.error.message}`);
  return recordTrancheDecision(
    store,
    laCode,
    previous,
    { trancheId, ...outcome.state },
    {
      decision: input.decision,
      reason: input.reason,
      override: input.override ?? false,
      overriddenConditionIds: outcome.overriddenConditionIds,
      from: current.status,
      to: outcome.state.status,
      decidedAt: when.toISOString(),
      decidedBy: { sub: ADMIN.sub, role: ADMIN.role },
    },
    ADMIN,
    when,
  );
}

/** `POST /councils/{laCode}/conditions/{conditionId}/assessments`. */
export async function seedAssessment(
  ctx: SeedContext,
  conditionId: string,
  body: AssessmentInput,
  when: Date,
) {
  const { store, laCode } = ctx;
  const input = AssessmentInput.parse(body);
  const agreement = await currentAgreement(ctx);
  if (!agreement.conditions.some((c) => c.id === conditionId)) {
    throw new Error(`demo seed: ${laCode} has no condition ${conditionId}`);
  }
  const problems = periodProblems(input.period, agreement);
  if (problems.length > 0) {
    fail(
      `assessment of ${laCode} ${conditionId}`,
      problems.map((message) => ({ path: 'period', message })),
    );
  }
  return recordAssessment(
    store,
    laCode,
    {
      ...input,
      conditionId,
      assessedAt: when.toISOString(),
      assessedBy: { sub: REVIEWER.sub, role: REVIEWER.role },
    },
    REVIEWER,
    when,
  );
}

/** One period's return as the demo tells it: saved (perhaps more than once), then maybe submitted and reviewed. */
export interface DemoReturn {
  period: string;
  /** Each save of the draft, oldest first: when, and the content it held. */
  saves: { on: Date; content: ReturnDraft }[];
  submit?: { on: Date; signOff: SignOff };
  review?: { on: Date; decision: 'accept' | 'return'; comments: string };
}

/** `PUT /returns/{period}` for each save, then `POST …/submit` and `POST …/review`. */
export async function seedReturn(ctx: SeedContext, demo: DemoReturn): Promise<void> {
  const { laCode } = ctx;
  const { period } = demo;
  let version: number | undefined;
  for (const save of demo.saves) {
    const content = ReturnDraft.parse(save.content);
    const saved = await saveDraft(depsAt(ctx, save.on), editor(laCode), {
      laCode,
      period,
      content,
      ifMatch: version === undefined ? undefined : String(version),
    });
    version = saved.detail.version;
  }
  if (demo.submit) {
    const outcome = await submitReturn(depsAt(ctx, demo.submit.on), approver(laCode), {
      laCode,
      period,
      input: SubmitReturnInput.parse({ signOff: demo.submit.signOff }),
      idempotencyKey: `demo-seed-${laCode}-${period}`,
    });
    if (outcome.status !== 200) throw new Error(`demo seed: submitting ${laCode} ${period}`);
  }
  if (demo.review) {
    const { decision, comments } = demo.review;
    await reviewReturn(depsAt(ctx, demo.review.on), REVIEWER, {
      laCode,
      period,
      input: ReviewInput.parse({ decision, comments }),
    });
  }
}

/** A write the demo tells at a moment in time. */
export interface DemoEvent {
  on: Date;
  run: () => Promise<unknown>;
  /**
   * Events of one lane run one after another, in time order; lanes run side by side.
   * Each return is its own lane (returns of different periods never touch each other);
   * tranche decisions share a lane with the assessments they depend on.
   */
  lane?: string;
}

/**
 * Runs a council's events: the first one (its agreement) alone, then each lane's events
 * in the order they happened (the order given for events at the same moment), so each
 * write sees the state it would have seen: a tranche is released only after the
 * assessments its conditions needed. Every write carries its own time, so running lanes
 * side by side changes nothing in the data, only how long the seed takes.
 */
export async function runTimeline(events: DemoEvent[]): Promise<void> {
  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.on.getTime() - b.event.on.getTime() || a.index - b.index)
    .map(({ event }) => event);
  const [first, ...rest] = ordered;
  if (!first) return;
  await first.run();
  const lanes = new Map<string, DemoEvent[]>();
  for (const event of rest) {
    const lane = event.lane ?? 'main';
    lanes.set(lane, [...(lanes.get(lane) ?? []), event]);
  }
  await Promise.all(
    [...lanes.values()].map(async (lane) => {
      for (const event of lane) await event.run();
    }),
  );
}
