import type { MitigationSavingsList, RecoveryProfile } from '../../../shared/schemas/plan-views';
import { api } from './client';
import { councilApi, withSignal } from './paths';

export type { MitigationSavingsList, RecoveryProfile };

/** The DSG recovery profile, one row per trajectory year. */
export function getRecoveryProfile(laCode: string, signal?: AbortSignal) {
  return api<RecoveryProfile>(
    councilApi(laCode, '/agreement/recovery-profile'),
    withSignal(signal),
  );
}

/** Each mitigation's planned savings and the latest submitted savings, with totals. */
export function listMitigations(laCode: string, signal?: AbortSignal) {
  return api<MitigationSavingsList>(councilApi(laCode, '/mitigations'), withSignal(signal));
}
