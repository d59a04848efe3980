import type { Logger } from '@aws-lambda-powertools/logger';
import { saveAgreement } from '../../../functions/api/agreements/save-agreement';
import { assessCondition } from '../../../functions/api/conditions/assess-condition';
import { createCouncil } from '../../../functions/api/councils/create-council';
import type { AppDeps } from '../../../functions/api/env';
import { reviewReturn } from '../../../functions/api/returns/review-return';
import { saveDraft } from '../../../functions/api/returns/save-draft';
import { submitReturn } from '../../../functions/api/returns/submit-return';
import { decideTranche } from '../../../functions/api/tranches/decide-tranche';
import type { Principal } from '../../../shared/auth';
import type { Store } from '../../../shared/data/client';
import { DEMO_COUNCILS } from './demo-data';
import {
  AgreementInput,
  TrancheDecisionInput,
  type Agreement,
  type AgreementInputBody,
} from '../../../shared/schemas/agreement';
import { AssessmentInput } from '../../../shared/schemas/assessment';
import { CouncilInput } from '../../../shared/schemas/council';
import {
  ReturnDraft,
  ReviewInput,
  SubmitReturnInput,
  type SignOff,
} from '../../../shared/schemas/return-content';

/**
 * The seed's writes. Each parses its body with the request's own schema and calls the
 * use case the API route calls, so the demo holds only what the product itself would
 * have written, audit items included, and a use case's refusal (a released tranche a
 * variation changes, a release a condition blocks) stops the seed with the very error
 * the route answers with. Every write carries the time it stands for (a return submitted
 * three weeks after its quarter ended), and the actor is `demo-seed` in the role a real
 * user would have had, so the audit log says who did it.
 */

export const SEED_SUB = 'demo-seed';
/** Named as the demo's own people are on the sign-in page, so the audit trail names someone. */
export const ADMIN: Principal = { sub: SEED_SUB, role: 'dfe-admin', name: 'Dana Adeyemi' };
export const REVIEWER: Principal = { sub: SEED_SUB, role: 'dfe-reviewer', name: 'Rob Kowalski' };
const councilName = (laCode: string) =>
  DEMO_COUNCILS.find((c) => c.laCode === laCode)?.name ?? laCode;
export const editor = (laCode: string): Principal => ({
  sub: SEED_SUB,
  role: 'council-editor',
  laCode,
  name: `${councilName(laCode)} SEND finance officer`,
});
export const approver = (laCode: string): Principal => ({
  sub: SEED_SUB,
  role: 'council-approver',
  laCode,
  name: `${councilName(laCode)} Section 151 officer`,
});

/** `2024-03-28` at `10:00` UTC, as a Date. */
export function at(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00.000Z`);
}

export interface SeedContext {
  store: Store;
  logger: Logger;
  laCode: string;
  /** The council's agreement as the seed last saved it (the seed is its only writer). */
  agreement?: Agreement;
}

/** Use-case dependencies whose clock reads `when`; no token is ever verified. */
export function depsAt(ctx: Pick<SeedContext, 'store' | 'logger'>, when: Date): AppDeps {
  return {
    store: ctx.store,
    logger: ctx.logger,
    verifyToken: () => Promise.reject(new Error('the demo seed verifies no tokens')),
    now: () => when,
  };
}

/** `POST /councils`. */
export function seedCouncil(ctx: SeedContext, body: CouncilInput, when: Date) {
  return createCouncil(depsAt(ctx, when), ADMIN, { input: CouncilInput.parse(body) });
}

/** `PUT /councils/{laCode}/agreement`: version 1, or a variation with its reason. */
export async function seedAgreement(ctx: SeedContext, body: AgreementInputBody, when: Date) {
  const { agreement } = await saveAgreement(depsAt(ctx, when), ADMIN, {
    laCode: ctx.laCode,
    input: AgreementInput.parse(body),
    // A variation names the version it was based on, as an admin's browser does.
    ifMatch: ctx.agreement && String(ctx.agreement.version),
  });
  ctx.agreement = agreement;
  return agreement;
}

/** `POST /councils/{laCode}/tranches/{id}/decision`. */
export function seedTrancheDecision(
  ctx: SeedContext,
  trancheId: string,
  body: TrancheDecisionInput,
  when: Date,
) {
  return decideTranche(depsAt(ctx, when), ADMIN, {
    laCode: ctx.laCode,
    trancheId,
    input: TrancheDecisionInput.parse(body),
    ifMatch: undefined,
  });
}

/** `POST /councils/{laCode}/conditions/{conditionId}/assessments`. */
export function seedAssessment(
  ctx: SeedContext,
  conditionId: string,
  body: AssessmentInput,
  when: Date,
) {
  return assessCondition(depsAt(ctx, when), REVIEWER, {
    laCode: ctx.laCode,
    conditionId,
    input: AssessmentInput.parse(body),
  });
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
   * A council's returns share a lane (each submission moves the council's latest known
   * position); tranche decisions share a lane with the assessments they depend on.
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
