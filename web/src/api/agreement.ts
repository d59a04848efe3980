import type { Agreement, AgreementInputBody } from '../../../shared/schemas/agreement';
import { api, apiOrNull } from './client';
import { councilApi, withSignal } from './paths';

export type { Agreement, AgreementInputBody };

/** The council's current agreement, or null when none has been recorded. */
export function getAgreement(laCode: string, signal?: AbortSignal): Promise<Agreement | null> {
  return apiOrNull<Agreement>(councilApi(laCode, '/agreement'), withSignal(signal));
}

/**
 * Records the agreement (version 1) or a variation of it; `version` is the one the
 * variation was made to (If-Match), so a colleague's variation in between is not lost.
 */
export function saveAgreement(
  laCode: string,
  body: AgreementInputBody,
  version: number | undefined,
): Promise<Agreement> {
  return api<Agreement>(councilApi(laCode, '/agreement'), {
    method: 'PUT',
    body,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}

/** Every version of the agreement, newest first, following the API's pages. */
export async function listAgreementVersions(
  laCode: string,
  signal?: AbortSignal,
): Promise<Agreement[]> {
  const versions: Agreement[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '200', ...(cursor ? { cursor } : {}) });
    const page: { items: Agreement[]; nextCursor: string | null } = await api(
      councilApi(laCode, `/agreement/versions?${query}`),
      withSignal(signal),
    );
    versions.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return versions;
}
