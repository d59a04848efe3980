import type { Principal } from '../../../shared/auth';
import { getAgreement } from '../../../shared/data/agreements/get-agreement';
import { saveAgreement as putAgreement } from '../../../shared/data/agreements/save-agreement';
import { ConditionFailedError } from '../../../shared/data/errors';
import { listTrancheRecords } from '../../../shared/data/tranches/list-tranche-records';
import {
  actorOf,
  checkAgreement,
  checkVariation,
  checkVersion,
  ConflictError,
  InvalidError,
  StaleVersionError,
} from '../../../shared/domain';
import type { Agreement, AgreementInput } from '../../../shared/schemas/agreement';
import type { AppDeps } from '../env';
import { requireCouncil } from '../require-council';
import { refuseInconsistentReturns } from './refuse-inconsistent-returns';

export interface SavedAgreement {
  /** True for version 1; false for a variation. */
  created: boolean;
  agreement: Agreement;
}

/**
 * DfE records a council's agreement (version 1), or a variation of it: a new version
 * based on the one named by `ifMatch`, with a reason, that leaves released tranches as
 * they were and keeps every submitted return inside its term and cadence (409).
 */
export async function saveAgreement(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; input: AgreementInput; ifMatch: string | undefined },
): Promise<SavedAgreement> {
  const { laCode, input, ifMatch } = request;
  const { store } = deps;
  await requireCouncil(store, laCode);

  const errors = checkAgreement(input);
  if (errors.length > 0) throw new InvalidError('The agreement is not valid.', errors);

  const previous = await getAgreement(store, laCode);
  checkVersion(ifMatch, previous?.version);
  if (previous) {
    if (!input.reason) {
      throw new InvalidError('A variation needs a reason.', [
        { path: 'reason', message: 'is required for a variation' },
      ]);
    }
    const records = await listTrancheRecords(store, laCode);
    const statuses = Object.fromEntries([...records].map(([id, r]) => [id, r.status]));
    const variation = checkVariation(previous, input, statuses);
    if (variation.locked.length > 0) {
      throw new ConflictError(
        `Released tranches are final: ${variation.locked.map((l) => l.message).join('; ')}.`,
        variation.locked.map((l) => ({ path: `tranches.${l.id}`, message: l.message })),
      );
    }
    await refuseInconsistentReturns(store, laCode, input);
    if (variation.errors.length > 0) {
      throw new InvalidError('The variation is not allowed.', variation.errors);
    }
  }

  try {
    const agreement = await putAgreement(
      store,
      laCode,
      input,
      actorOf(principal),
      previous,
      deps.now(),
    );
    return { created: !previous, agreement };
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else saved a version of this agreement at the same time. Reload and try again.',
      );
    }
    throw error;
  }
}
