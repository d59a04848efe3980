import type { z } from 'zod';
import type { Comparison, CompareSeries } from '../../../shared/schemas/compare';
import { api } from './client';
import { withSignal } from './paths';

export type Comparison = z.infer<typeof Comparison>;
export type CompareSeries = z.infer<typeof CompareSeries>;

export interface CompareQuery {
  measure: string;
  laCodes: string[];
  from?: string;
  to?: string;
}

/** `GET /api/v1/compare`: a series per council of one measure, the plan alongside (DfE only). */
export function getCompare(query: CompareQuery, signal?: AbortSignal): Promise<Comparison> {
  const params = new URLSearchParams({ measure: query.measure, laCodes: query.laCodes.join(',') });
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  return api<Comparison>(`/api/v1/compare?${params}`, withSignal(signal));
}
