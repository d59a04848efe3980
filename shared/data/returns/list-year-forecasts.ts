import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';

/** A return of the year as the early warning reads it: when it was submitted, and its forecast. */
export interface YearForecastRecord {
  period: string;
  submittedAt?: string;
  forecastCumulativeDeficit?: number;
}

/**
 * The council's returns of one financial year (its periods share the year's prefix),
 * projected to their submission and forecast: a few small items, whatever the history.
 */
export async function listYearForecasts(
  store: Store,
  laCode: string,
  financialYear: string,
): Promise<YearForecastRecord[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': councilPk(laCode),
      ':prefix': `${keys.returnPrefix}${financialYear}-`,
    },
    ProjectionExpression: '#period, submittedAt, content.finance.forecastCumulativeDeficit',
    ExpressionAttributeNames: { '#period': 'period' },
    ConsistentRead: true,
  });
  return items.map((item) => {
    const content = item.content as
      { finance?: { forecastCumulativeDeficit?: number } } | undefined;
    const forecast = content?.finance?.forecastCumulativeDeficit;
    return {
      period: String(item.period),
      ...(typeof item.submittedAt === 'string' ? { submittedAt: item.submittedAt } : {}),
      ...(typeof forecast === 'number' ? { forecastCumulativeDeficit: forecast } : {}),
    };
  });
}
