import type { Programme } from '../../../shared/schemas/agreement';
import type {
  OverviewReturnStatus,
  OverviewRow,
  OverviewQuery as ApiOverviewQuery,
} from '../../../shared/schemas/overview';
import { api, apiBlob } from './client';
import { withSignal } from './paths';

export type { OverviewReturnStatus, OverviewRow };

export type OverviewSort = NonNullable<ApiOverviewQuery['sort']>;

export interface OverviewQuery {
  period?: string;
  sort?: OverviewSort;
  programme?: Programme;
  returnStatus?: OverviewReturnStatus;
  severity?: 'amber' | 'red';
}

export interface Overview {
  period: string;
  financialYear: string;
  items: OverviewRow[];
}

/** The query string for an overview request, or for the screen's own address. */
export function overviewSearch(query: OverviewQuery): string {
  const params = new URLSearchParams();
  for (const key of ['period', 'sort', 'programme', 'returnStatus', 'severity'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** Every council for a period (DfE only); the API picks the latest period due if none is given. */
export function getOverview(query: OverviewQuery, signal?: AbortSignal): Promise<Overview> {
  return api<Overview>(`/api/v1/overview?${overviewSearch(query)}`, withSignal(signal));
}

/** The overview for a period as a CSV file, with the same filters. */
export function getOverviewCsv(query: OverviewQuery): Promise<Blob> {
  return apiBlob(`/api/v1/overview.csv?${overviewSearch(query)}`, {
    headers: { Accept: 'text/csv' },
  });
}
