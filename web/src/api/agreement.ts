import type { Agreement } from '../../../shared/schemas/agreement';
import { apiOrNull } from './client';
import { councilApi, withSignal } from './paths';

export type { Agreement };

/** The council's current agreement, or null when none has been recorded. */
export function getAgreement(laCode: string, signal?: AbortSignal): Promise<Agreement | null> {
  return apiOrNull<Agreement>(councilApi(laCode, '/agreement'), withSignal(signal));
}
