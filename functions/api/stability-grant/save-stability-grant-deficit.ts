import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import { getStabilityGrant } from '../../../shared/data/stability-grant/get-stability-grant';
import { saveStabilityGrantFigures } from '../../../shared/data/stability-grant/save-stability-grant-figures';
import type { StabilityGrantRecord } from '../../../shared/data/stability-grant/stability-grant-record';
import {
  checkVersion,
  refusalOnceReleased,
  ConflictError,
  InvalidError,
  StaleVersionError,
  checkDeficitFigures,
} from '../../../shared/domain';
import type {
  StabilityGrant,
  StabilityGrantDeficitInput,
} from '../../../shared/schemas/stability-grant';
import type { AppDeps } from '../env';
import { requireExistingCouncil } from '../reform-plans/require-existing-council';
import { stabilityGrantView } from './stability-grant-view';

/**
 * The council's approver or DfE enters the deficit at 31 March 2026 as each source
 * records it, replacing the figures before. Replacing them clears any determination
 * DfE made on the old ones (it was a judgement about those figures). After the first
 * save, changes need If-Match; once the grant is paid its figures are final.
 */
export async function saveStabilityGrantDeficit(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; input: StabilityGrantDeficitInput; ifMatch: string | undefined },
): Promise<{ created: boolean; grant: StabilityGrant }> {
  const { laCode, input, ifMatch } = request;
  const { store } = deps;
  const now = deps.now();
  await requireExistingCouncil(store, laCode);
  const [state, plan] = await Promise.all([
    getStabilityGrant(store, laCode),
    getReformPlan(store, laCode),
  ]);
  const previous = state.record;
  const final = refusalOnceReleased(previous?.paid !== undefined, 'The stability grant');
  if (final) throw new ConflictError(`${final} Its figures can no longer change.`);
  checkVersion(ifMatch, previous?.version);
  const errors = checkDeficitFigures(input);
  if (errors.length > 0) throw new InvalidError('The figures cannot be saved.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const next: StabilityGrantRecord = {
    laCode,
    version: (previous?.version ?? 0) + 1,
    asAt: input.asAt,
    sources: input.sources,
    ...(input.explanation ? { explanation: input.explanation } : {}),
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await saveStabilityGrantFigures(
      store,
      previous?.version,
      next,
      {
        actor,
        action: 'stability-grant.figures-saved',
        entity: 'stability grant',
        ...(previous
          ? {
              before: {
                version: previous.version,
                sources: previous.sources,
                ...(previous.determination ? { determination: previous.determination } : {}),
              },
            }
          : {}),
        after: {
          version: next.version,
          sources: next.sources,
          ...(next.explanation ? { explanation: next.explanation } : {}),
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else changed the stability grant at the same time. Reload it to see their changes.',
      );
    }
    throw error;
  }
  return {
    created: !previous,
    grant: stabilityGrantView(laCode, { ...state, record: next }, plan),
  };
}
