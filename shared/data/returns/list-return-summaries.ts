import type { Store } from '../client';
import { keys } from '../keys';
import { queryCouncilItems } from '../query-council-items';
import { stripKeys } from '../strip-keys';
import type { ReturnRecord } from './return-record';
import { STATES_KEPT } from './return-states-kept';

/** What a listing of returns shows of each: its state, and its forecast for the trajectory. */
export type ReturnSummaryRecord = Pick<
  ReturnRecord,
  'laCode' | 'period' | 'status' | 'version' | 'submittedAt' | 'readyForSignOff'
> & { content?: { finance?: { forecastCumulativeDeficit?: number } } };

const FIELDS = [
  'type',
  'laCode',
  'period',
  'status',
  'version',
  'submittedAt',
  'readyForSignOff',
  'content.finance.forecastCumulativeDeficit',
];

/**
 * Every return of the council, without its content but the forecast: a council's
 * listing costs little however many periods of history it holds. The small state items
 * are read (DynamoDB Local's cost follows the bytes of the items a query reads, whatever
 * it projects, and a return is many times the size of its state). A council created before state items
 * were kept with it (no `keys.returnStatesKept` among them) may have returns without one,
 * so its returns themselves are read, as before.
 */
export async function listReturnSummaries(
  store: Store,
  laCode: string,
): Promise<ReturnSummaryRecord[]> {
  const states = await summaries(store, laCode, keys.returnStatePrefix);
  if (states.some((item) => item.type === STATES_KEPT))
    return states.filter((item) => item.type !== STATES_KEPT).map(toSummary);
  return (await summaries(store, laCode, keys.returnPrefix)).map(toSummary);
}

function summaries(store: Store, laCode: string, prefix: string) {
  return queryCouncilItems(store, laCode, prefix, { fields: FIELDS });
}

const toSummary = (item: Record<string, unknown>) => stripKeys<ReturnSummaryRecord>(item);
