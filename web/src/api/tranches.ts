import type { TrancheDecisionInput } from '../../../shared/schemas/agreement';
import type { TrancheView } from '../../../shared/schemas/tranche';
import { api } from './client';
import { councilApi, withSignal } from './paths';

export type { TrancheDecisionInput, TrancheView };

/** The agreement's instalments with their payment status and decisions. */
export async function listTranches(laCode: string, signal?: AbortSignal): Promise<TrancheView[]> {
  const page = await api<{ items: TrancheView[] }>(
    councilApi(laCode, '/tranches'),
    withSignal(signal),
  );
  return page.items;
}

/**
 * DfE's decision on an instalment: release, withhold or suspend. `version` is the
 * tranche's version as shown (sent as If-Match): if someone decided on it since, the API
 * refuses with 412 rather than stack a decision on one the user has not seen.
 */
export function decideTranche(
  laCode: string,
  trancheId: string,
  input: TrancheDecisionInput,
  version: number,
): Promise<TrancheView> {
  return api<TrancheView>(
    councilApi(laCode, `/tranches/${encodeURIComponent(trancheId)}/decision`),
    { method: 'POST', body: input, headers: { 'If-Match': `"${version}"` } },
  );
}
