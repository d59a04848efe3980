import type { BidStatus } from '../../../shared/domain';
import type {
  CapitalBid,
  CapitalBidInput,
  CapitalBidSummary,
  CapitalDecisionInput,
  SchemeProgressInput,
} from '../../../shared/schemas/capital-bid';
import { api, apiBlob, apiOrNull } from './client';
import { councilApi, withSignal } from './paths';

export type { CapitalBid, CapitalBidInput, CapitalBidSummary, CapitalDecisionInput };
export type CapitalBidAcross = CapitalBidSummary & { councilName: string };

const bidApi = (laCode: string, bidId: string, rest = '') =>
  councilApi(laCode, `/capital-bids/${encodeURIComponent(bidId)}${rest}`);

/** The council's capital bids. */
export async function listCapitalBids(
  laCode: string,
  signal?: AbortSignal,
): Promise<CapitalBidSummary[]> {
  const page = await api<{ items: CapitalBidSummary[] }>(
    councilApi(laCode, '/capital-bids?limit=200'),
    withSignal(signal),
  );
  return page.items;
}

/** One bid with its decision and schemes, or null when there is none by that id. */
export function getCapitalBid(
  laCode: string,
  bidId: string,
  signal?: AbortSignal,
): Promise<CapitalBid | null> {
  return apiOrNull<CapitalBid>(bidApi(laCode, bidId), withSignal(signal));
}

/** Enters or changes a bid; `version` is the one the changes were made to (If-Match). */
export function saveCapitalBid(
  laCode: string,
  bidId: string,
  input: CapitalBidInput,
  version: number | undefined,
): Promise<CapitalBid> {
  return api<CapitalBid>(bidApi(laCode, bidId), {
    method: 'PUT',
    body: input,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}

export function decideCapitalBid(
  laCode: string,
  bidId: string,
  input: CapitalDecisionInput,
  version: number,
): Promise<CapitalBid> {
  return api<CapitalBid>(bidApi(laCode, bidId, '/decision'), {
    method: 'POST',
    body: input,
    headers: { 'If-Match': `"${version}"` },
  });
}

export function recordSchemeProgress(
  laCode: string,
  bidId: string,
  schemeId: string,
  input: SchemeProgressInput,
  version: number,
): Promise<CapitalBid> {
  return api<CapitalBid>(
    bidApi(laCode, bidId, `/schemes/${encodeURIComponent(schemeId)}/progress`),
    { method: 'PUT', body: input, headers: { 'If-Match': `"${version}"` } },
  );
}

const statusQuery = (status?: BidStatus) => (status ? `status=${status}&` : '');

/** Every council's bids (DfE). */
export async function listAllCapitalBids(
  status?: BidStatus,
  signal?: AbortSignal,
): Promise<CapitalBidAcross[]> {
  const page = await api<{ items: CapitalBidAcross[] }>(
    `/api/v1/capital-bids?${statusQuery(status)}limit=200`,
    withSignal(signal),
  );
  return page.items;
}

export function capitalBidsXlsxPath(status?: BidStatus): string {
  return `/api/v1/capital-bids.xlsx${status ? `?status=${status}` : ''}`;
}

export function getCapitalBidsXlsx(status?: BidStatus): Promise<Blob> {
  return apiBlob(capitalBidsXlsxPath(status));
}
