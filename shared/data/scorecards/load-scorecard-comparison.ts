import type { Council } from '../../schemas/council';
import type { Store } from '../client';
import { listComparators } from '../comparators/list-comparators';
import type { ComparatorRecord } from '../comparators/comparator-record';
import { toCouncil } from '../councils/to-council';
import { collections } from '../keys';
import { queryAll } from '../query-all';
import { queryCollection } from '../query-collection';
import { stripKeys } from '../strip-keys';
import { GSI } from '../table';
import type { ScorecardMonthRecord, ScorecardRecord } from './scorecard-record';

export interface ScorecardComparisonData {
  councils: Council[];
  scorecards: ScorecardRecord[];
  months: ScorecardMonthRecord[];
  comparators: ComparatorRecord[];
}

/**
 * What DfE's comparison of one scorecard measure needs, in four index and partition
 * queries whatever the number of councils: the councils, their scorecards, every
 * council's months in the range (one collection sorted by month), and the measure's
 * published comparators. Never a scan, never a query per council.
 */
export async function loadScorecardComparison(
  store: Store,
  measureKey: string,
  range: { from: string; to: string },
): Promise<ScorecardComparisonData> {
  const [councils, scorecards, months, comparators] = await Promise.all([
    queryCollection<Record<string, unknown>>(store, collections.councils, [
      'laCode',
      'name',
      'region',
      'createdAt',
      'updatedAt',
    ]),
    queryCollection<ScorecardRecord>(store, collections.scorecards),
    queryAll(store, {
      IndexName: GSI.byCollection.indexName,
      KeyConditionExpression: 'gsi1pk = :c AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':c': collections.scorecardMonths,
        ':from': `${range.from}#`,
        ':to': `${range.to}#~`,
      },
    }),
    listComparators(store, { measureKey, ...range }),
  ]);
  return {
    councils: councils.map(toCouncil),
    scorecards,
    months: months.map((item) => stripKeys<ScorecardMonthRecord>(item)),
    comparators,
  };
}
