import type { Agreement } from '../../schemas/agreement';
import type { Council } from '../../schemas/council';
import type { TrancheRecord } from '../../schemas/tranche';
import type { Store } from '../client';
import type { AlertRecord } from '../alerts/alert-record';
import { toCouncil } from '../councils/to-council';
import { collections } from '../keys';
import { queryAll } from '../query-all';
import { queryCollection } from '../query-collection';
import { stripKeys } from '../strip-keys';
import { GSI } from '../table';
import type { ReturnRecord } from '../returns/return-record';
import type { LatestSubmittedRecord } from '../returns/latest-submitted';
import type { ReformPlanRecord } from '../reform-plans/reform-plan-record';
import type { StabilityGrantRecord } from '../stability-grant/stability-grant-record';

// Only what the overview shows: a return's content is read for its one forecast figure.
const COUNCIL_FIELDS = ['laCode', 'name', 'region', 'createdAt', 'updatedAt'];
const AGREEMENT_FIELDS = [
  'laCode',
  'programme',
  'status',
  'signedOn',
  'firstYear',
  'lastYear',
  'cadence',
  'returnDueDays',
  'trajectory',
  'tranches',
  'tolerances',
];
const TRANCHE_FIELDS = ['laCode', 'trancheId', 'status'];
const RETURN_FIELDS = [
  'laCode',
  'period',
  'status',
  'submittedAt',
  'content.finance.forecastCumulativeDeficit',
];

export interface OverviewData {
  councils: Council[];
  /** The agreements' fields the overview reads (not conditions, tolerances or history). */
  agreements: Agreement[];
  returns: ReturnRecord[];
  tranches: (TrancheRecord & { laCode: string })[];
  /** Alerts not yet resolved: open or acknowledged. */
  unresolvedAlerts: AlertRecord[];
  /** Each council's latest submitted return of any period. */
  latest: LatestSubmittedRecord[];
  reformPlans: Pick<ReformPlanRecord, 'laCode' | 'status'>[];
  stabilityGrants: Pick<StabilityGrantRecord, 'laCode' | 'sources' | 'determination' | 'paid'>[];
}

/** Every council's latest submitted return: one index query, whatever the history. */
export function loadLatestPositions(store: Store): Promise<LatestSubmittedRecord[]> {
  return queryCollection<LatestSubmittedRecord>(store, collections.latestReturns, LATEST_FIELDS);
}

const LATEST_FIELDS = [
  'laCode',
  'period',
  'financialYear',
  'submittedAt',
  'forecastCumulativeDeficit',
];

/**
 * Everything the DfE overview needs, whatever the number of councils, in a fixed number
 * of index queries: councils, current agreements, tranche states, the returns of each
 * given period, the unresolved alerts and each council's latest submitted return, the reform plans and the stability grants.
 * Never a scan, never a query per council.
 */
export async function loadOverviewData(
  store: Store,
  periods: string[],
  /** Already read (to choose the period), or read here with the rest. */
  latestPositions?: LatestSubmittedRecord[],
): Promise<OverviewData> {
  const [councils, agreements, tranches, returns, open, acknowledged, latest, reform] =
    await Promise.all([
      queryCollection<Record<string, unknown>>(store, collections.councils, COUNCIL_FIELDS),
      queryCollection<Agreement>(store, collections.agreements, AGREEMENT_FIELDS),
      queryCollection<TrancheRecord & { laCode: string }>(
        store,
        collections.tranches,
        TRANCHE_FIELDS,
      ),
      Promise.all(
        periods.map((p) =>
          queryCollection<ReturnRecord>(store, collections.returnsOf(p), RETURN_FIELDS),
        ),
      ),
      alertsWithStatus(store, 'open'),
      alertsWithStatus(store, 'acknowledged'),
      latestPositions ?? loadLatestPositions(store),
      reformItems(store),
    ]);
  return {
    councils: councils.map(toCouncil),
    agreements,
    tranches,
    returns: returns.flat(),
    unresolvedAlerts: [...open, ...acknowledged],
    latest,
    ...reform,
  };
}

async function alertsWithStatus(
  store: Store,
  status: 'open' | 'acknowledged',
): Promise<AlertRecord[]> {
  const items = await queryAll(store, {
    IndexName: GSI.byStatus.indexName,
    KeyConditionExpression: 'gsi2pk = :c AND begins_with(gsi2sk, :s)',
    ExpressionAttributeValues: { ':c': collections.alerts, ':s': `${status}#` },
  });
  return items.map((item) => stripKeys<AlertRecord>(item));
}

/** Every council's reform plan status and stability grant figures: one index query for both. */
async function reformItems(
  store: Store,
): Promise<Pick<OverviewData, 'reformPlans' | 'stabilityGrants'>> {
  const items = await queryAll(store, {
    IndexName: GSI.byCollection.indexName,
    KeyConditionExpression: 'gsi1pk = :c',
    ExpressionAttributeValues: { ':c': collections.reform },
    ProjectionExpression: '#type, laCode, #status, sources, determination, paid',
    ExpressionAttributeNames: { '#type': 'type', '#status': 'status' },
  });
  const reformPlans: OverviewData['reformPlans'] = [];
  const stabilityGrants: OverviewData['stabilityGrants'] = [];
  for (const item of items) {
    if (item.type === 'reform-plan') {
      reformPlans.push(stripKeys<OverviewData['reformPlans'][number]>(item));
    } else if (item.type === 'stability-grant') {
      stabilityGrants.push(stripKeys<OverviewData['stabilityGrants'][number]>(item));
    }
  }
  return { reformPlans, stabilityGrants };
}
