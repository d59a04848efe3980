import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { ReturnRecord } from './return-record';

/** What a listing of returns shows of each: its state, and its forecast for the trajectory. */
export type ReturnSummaryRecord = Pick<
  ReturnRecord,
  'laCode' | 'period' | 'status' | 'version' | 'submittedAt' | 'readyForSignOff'
> & { content?: { finance?: { forecastCumulativeDeficit?: number } } };

const FIELDS = [
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
 * listing costs little however many periods of history it holds.
 */
export async function listReturnSummaries(
  store: Store,
  laCode: string,
): Promise<ReturnSummaryRecord[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': keys.returnPrefix },
    ProjectionExpression: FIELDS.map((path) =>
      path
        .split('.')
        .map((part) => `#${part}`)
        .join('.'),
    ).join(', '),
    ExpressionAttributeNames: Object.fromEntries(
      FIELDS.flatMap((path) => path.split('.')).map((part) => [`#${part}`, part]),
    ),
  });
  return items.map((item) => stripKeys<ReturnSummaryRecord>(item));
}
