import type { Principal } from '../../../shared/auth';
import type { StabilityGrantRecord } from '../../../shared/data/stability-grant/stability-grant-record';
import {
  refusalOnceReleased,
  ConflictError,
  InvalidError,
  checkDetermination,
} from '../../../shared/domain';
import type {
  DeterminationInput,
  GrantDecision,
  StabilityGrant,
} from '../../../shared/schemas/stability-grant';
import type { AppDeps } from '../env';
import { readGrantState } from './read-grant-state';
import { recordGrantDecision } from './record-grant-decision';
import { stabilityGrantView } from './stability-grant-view';

/**
 * DfE accepts a council's explanation of why its sources differ and fixes which one
 * counts (`useSource`); without a source the determination fixes none, so the lowest
 * counts again. It stands until the figures are replaced.
 */
export async function determineStabilityGrant(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; input: DeterminationInput },
): Promise<StabilityGrant> {
  const { laCode, input } = request;
  const { store } = deps;
  const now = deps.now();
  const { state, plan } = await readGrantState(store, laCode);
  const record = state.record;
  if (!record) {
    throw new ConflictError('There are no deficit figures to determine on yet.');
  }
  const final = refusalOnceReleased(record.paid !== undefined, 'The stability grant');
  if (final) throw new ConflictError(final);
  const errors = checkDetermination(input, record.sources);
  if (errors.length > 0) throw new InvalidError('The determination cannot be recorded.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const determination = {
    ...(input.useSource ? { useSource: input.useSource } : {}),
    reason: input.reason,
  };
  const next: StabilityGrantRecord = {
    ...record,
    version: record.version + 1,
    determination,
    updatedAt: at,
    updatedBy: actor,
  };
  const before = stabilityGrantView(laCode, state, plan);
  const after = stabilityGrantView(laCode, { ...state, record: next }, plan);
  const decision: GrantDecision = {
    decision: 'determination',
    ...determination,
    from: before.status,
    to: after.status,
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
      action: 'stability-grant.determined',
      entity: 'stability grant',
      before: {
        eligibleDeficit: before.eligibleDeficit,
        basis: before.basis,
        grant: before.grant,
      },
      after: {
        eligibleDeficit: after.eligibleDeficit,
        basis: after.basis,
        grant: after.grant,
        ...determination,
      },
    },
    now,
  );
  return { ...after, decisions: [...state.decisions, decision] };
}
