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

/** DfE's decision on an instalment: release, withhold or suspend. */
export function decideTranche(
  laCode: string,
  trancheId: string,
  input: TrancheDecisionInput,
): Promise<TrancheView> {
  return api<TrancheView>(
    councilApi(laCode, `/tranches/${encodeURIComponent(trancheId)}/decision`),
    {
      method: 'POST',
      body: input,
    },
  );
}
