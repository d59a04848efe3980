import type { Council, CouncilInput } from '../../../shared/schemas/council';
import { api } from './client';

export type { Council, CouncilInput };

interface CouncilPage {
  items: Council[];
  nextCursor: string | null;
}

/** The largest page the API serves; fewer round trips for DfE's list of every council. */
const PAGE_SIZE = 200;

/** Every council the signed-in user may see, following the API's pages to the end. */
export async function listCouncils(signal?: AbortSignal): Promise<Council[]> {
  const councils: Council[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (cursor) query.set('cursor', cursor);
    const page: CouncilPage = await api<CouncilPage>(`/api/v1/councils?${query}`, {
      ...(signal ? { signal } : {}),
    });
    councils.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return councils;
}

/** One council. */
export function getCouncil(laCode: string, signal?: AbortSignal): Promise<Council> {
  return api<Council>(`/api/v1/councils/${encodeURIComponent(laCode)}`, signal ? { signal } : {});
}

/** Sets up a council (DfE administrators); 409 when its LA code is taken. */
export function createCouncil(input: CouncilInput): Promise<Council> {
  return api<Council>('/api/v1/councils', { method: 'POST', body: input });
}
