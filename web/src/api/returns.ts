import type {
  ReturnDetail,
  ReturnDraft,
  ReturnSummary,
  ReviewInput,
  SignOff,
} from '../../../shared/schemas/return-content';
import { api, apiOrNull } from './client';
import { councilApi, withSignal } from './paths';

export type { ReturnDetail, ReturnDraft, ReturnSummary, SignOff };

const returnApi = (laCode: string, period: string, rest = '') =>
  councilApi(laCode, `/returns/${encodeURIComponent(period)}${rest}`);

/** The council's returns in period order. */
export async function listReturns(laCode: string, signal?: AbortSignal): Promise<ReturnSummary[]> {
  const page = await api<{ items: ReturnSummary[] }>(
    councilApi(laCode, '/returns'),
    withSignal(signal),
  );
  return page.items;
}

/** One return, or null when nothing has been saved for the period yet. */
export function getReturn(
  laCode: string,
  period: string,
  signal?: AbortSignal,
): Promise<ReturnDetail | null> {
  return apiOrNull<ReturnDetail>(returnApi(laCode, period), withSignal(signal));
}

/**
 * Saves a draft. `version` is the version the changes were made to (sent as If-Match),
 * or undefined for the first save of the period; a stale one is a 412.
 */
export function saveDraft(
  laCode: string,
  period: string,
  content: ReturnDraft,
  version: number | undefined,
): Promise<ReturnDetail> {
  return api<ReturnDetail>(returnApi(laCode, period), {
    method: 'PUT',
    body: content,
    ...(version !== undefined ? { headers: { 'If-Match': `"${version}"` } } : {}),
  });
}

/** Signs off and submits; the same key on a retry gets the first answer and changes nothing. */
export function submitReturn(
  laCode: string,
  period: string,
  signOff: SignOff,
  idempotencyKey: string,
): Promise<ReturnDetail> {
  return api<ReturnDetail>(returnApi(laCode, period, '/submit'), {
    method: 'POST',
    body: { signOff },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** What a new draft starts from: the latest submitted return's lists, figures left out. */
export function prefillReturn(
  laCode: string,
  period: string,
  signal?: AbortSignal,
): Promise<ReturnDraft> {
  return api<ReturnDraft>(returnApi(laCode, period, '/prefill'), withSignal(signal));
}

/** Sends the return to the approver for sign-off; any later edit clears it. */
export function markReadyForSignOff(
  laCode: string,
  period: string,
  version: number,
): Promise<ReturnDetail> {
  return api<ReturnDetail>(returnApi(laCode, period, '/ready'), {
    method: 'POST',
    body: {},
    headers: { 'If-Match': `"${version}"` },
  });
}

/** The council's returns waiting for an approver's sign-off. */
export async function listReturnsReadyForSignOff(
  laCode: string,
  signal?: AbortSignal,
): Promise<ReturnSummary[]> {
  const page = await api<{ items: ReturnSummary[] }>(
    councilApi(laCode, '/returns?ready=true'),
    withSignal(signal),
  );
  return page.items;
}

/** DfE accepts a submitted return, or sends it back with comments. */
export function reviewReturn(
  laCode: string,
  period: string,
  review: ReviewInput,
): Promise<ReturnDetail> {
  return api<ReturnDetail>(returnApi(laCode, period, '/review'), { method: 'POST', body: review });
}

/** One entry of a return's history: a save or a change of status. */
export interface ReturnHistoryEntry {
  version: number;
  action: 'saved' | 'ready' | 'submitted' | 'returned' | 'accepted';
  status: ReturnSummary['status'];
  at: string;
  actor: { sub: string; role: string; name?: string };
  /** The content as it was at this version (saves and submissions). */
  content?: ReturnDraft;
  signOff?: SignOff;
  review?: ReturnDetail['review'];
}

export async function returnHistory(
  laCode: string,
  period: string,
  signal?: AbortSignal,
): Promise<ReturnHistoryEntry[]> {
  const page = await api<{ items: ReturnHistoryEntry[] }>(
    returnApi(laCode, period, '/history'),
    withSignal(signal),
  );
  return page.items;
}
