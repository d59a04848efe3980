import type {
  ScorecardInput,
  ScorecardMonth,
  ScorecardMonthInput,
  ScorecardView,
} from '../../../shared/schemas/scorecard';
import { api, apiOrNull } from './client';
import { councilApi, withSignal } from './paths';

export type { ScorecardMonth, ScorecardView };
export type ScorecardMeasureView = ScorecardView['measures'][number];

/**
 * The council's scorecard with every saved month, or only the latest `latestMonths`;
 * null before its measures are chosen.
 */
export function getScorecard(
  laCode: string,
  signal?: AbortSignal,
  latestMonths?: number,
): Promise<ScorecardView | null> {
  const query = latestMonths === undefined ? '' : `?latestMonths=${latestMonths}`;
  return apiOrNull<ScorecardView>(councilApi(laCode, `/scorecard${query}`), withSignal(signal));
}

/** A month's figures; null before the month's first save. */
export function getScorecardMonth(
  laCode: string,
  month: string,
  signal?: AbortSignal,
): Promise<ScorecardMonth | null> {
  return apiOrNull<ScorecardMonth>(
    councilApi(laCode, `/scorecard/months/${encodeURIComponent(month)}`),
    withSignal(signal),
  );
}

const ifMatch = (version: number | undefined) =>
  version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } };

/** Saves a month's figures; `version` is the version they were read at (undefined the first time). */
export function saveScorecardMonth(
  laCode: string,
  month: string,
  input: ScorecardMonthInput,
  version: number | undefined,
): Promise<ScorecardMonth> {
  return api<ScorecardMonth>(councilApi(laCode, `/scorecard/months/${encodeURIComponent(month)}`), {
    method: 'PUT',
    body: input,
    ...ifMatch(version),
  });
}

/** Saves the council's choice of measures and targets. */
export function saveScorecard(
  laCode: string,
  input: ScorecardInput,
  version: number | undefined,
): Promise<{ version: number }> {
  return api<{ version: number }>(councilApi(laCode, '/scorecard'), {
    method: 'PUT',
    body: input,
    ...ifMatch(version),
  });
}

export interface CatalogueMeasure {
  key: string;
  title: string;
  unit: 'percent' | 'count' | 'weeks' | 'pounds';
  better: 'higher' | 'lower';
  description: string;
}

/** The standard measure catalogue. */
export async function listMeasures(signal?: AbortSignal): Promise<CatalogueMeasure[]> {
  const page = await api<{ items: CatalogueMeasure[] }>('/api/v1/measures', withSignal(signal));
  return page.items;
}
