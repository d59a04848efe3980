import type { Principal } from '../../../shared/auth';
import type { StabilityGrantRecord } from '../../../shared/data/stability-grant/stability-grant-record';
import { refusalOnceReleased, ConflictError } from '../../../shared/domain';
import type {
  GrantDecision,
  GrantDecisionInput,
  StabilityGrant,
} from '../../../shared/schemas/stability-grant';
import type { AppDeps } from '../env';
import { readGrantState } from './read-grant-state';
import { recordGrantDecision } from './record-grant-decision';
import { stabilityGrantView } from './stability-grant-view';

/** Why a grant in each state other than payable cannot be released. */
const NOT_PAYABLE: Record<string, (planStatus: string) => string> = {
  'awaiting-figures': () => 'There are no deficit figures yet, so there is no grant to release.',
  ineligible: () => 'The council has no eligible deficit, so there is no grant to release.',
  'awaiting-plan-approval': (planStatus) =>
    `The grant can be released only once DfE has approved the council's reform plan; the plan is ${planStatus === 'none' ? 'not started' : planStatus}.`,
};

/**
 * DfE releases the grant: only once the council's reform plan is approved, and only
 * once: a release is final, and what was paid is fixed with it.
 */
export async function decideStabilityGrant(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; input: GrantDecisionInput },
): Promise<StabilityGrant> {
  const { laCode, input } = request;
  const { store } = deps;
  const now = deps.now();
  const { state, plan } = await readGrantState(store, laCode);
  const record = state.record;
  const final = refusalOnceReleased(record?.paid !== undefined, 'The stability grant');
  if (final) throw new ConflictError(final);
  const current = stabilityGrantView(laCode, state, plan);
  if (!record || current.status !== 'payable' || current.grant === null) {
    throw new ConflictError(
      (NOT_PAYABLE[current.status] ?? (() => 'The grant cannot be released.'))(
        current.reformPlanStatus,
      ),
    );
  }

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const paid = {
    grant: current.grant,
    eligibleDeficit: current.eligibleDeficit ?? 0,
    basis: current.basis ?? 'lowest',
    paidAt: at,
  };
  const next: StabilityGrantRecord = {
    ...record,
    version: record.version + 1,
    paid,
    updatedAt: at,
    updatedBy: actor,
  };
  const decision: GrantDecision = {
    decision: 'release',
    reason: input.reason,
    from: current.status,
    to: 'paid',
    grant: paid.grant,
    eligibleDeficit: paid.eligibleDeficit,
    basis: paid.basis,
    decidedAt: at,
    decidedBy: actor,
  };
  await recordGrantDecision(
    store,
    record.version,
    next,
    decision,
    {
      actor,
      action: 'stability-grant.release',
      entity: 'stability grant',
      before: { status: current.status },
      after: { status: 'paid', ...paid, reason: input.reason },
    },
    now,
  );
  return stabilityGrantView(
    laCode,
    { record: next, decisions: [...state.decisions, decision] },
    plan,
  );
}
