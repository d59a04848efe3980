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
import type { OverviewAgreement } from '../../domain';
import {
  parseTrancheSchedule,
  trajectoryFromPlanned,
} from '../agreements/agreement-index-attributes';
import { readAgreementSummary } from '../agreements/agreement-summary';
import type { ReturnRecord } from '../returns/return-record';
import type { LatestSubmittedRecord } from '../returns/latest-submitted';
import type { ReformPlanRecord } from '../reform-plans/reform-plan-record';
import type { StabilityGrantRecord } from '../stability-grant/stability-grant-record';

// Only what the overview shows: a return's content is read for its one forecast figure.
const COUNCIL_FIELDS = [
  'laCode',
  'name',
  'region',
  'createdAt',
  'updatedAt',
  'agreementSummarySince',
];
const AGREEMENT_TERMS = [
  'laCode',
  'programme',
  'status',
  'signedOn',
  'firstYear',
  'lastYear',
  'cadence',
  'returnDueDays',
  'tolerances.cumulativeDeficitAbs',
];
// What an agreement saved before summaries read instead of one (agreement-summary.ts): the
// flat copies it may carry (agreement-index-attributes.ts), or else its lists.
const AGREEMENT_FLAT = ['plannedDeficitByYear', 'trancheSchedule'];
const AGREEMENT_LISTS = ['trajectory', 'tranches'];
const TRANCHE_FIELDS = ['laCode', 'trancheId', 'status'];
const RETURN_FIELDS = [
  'type',
  'laCode',
  'period',
  'status',
  'submittedAt',
  'content.finance.forecastCumulativeDeficit',
];

export interface OverviewData {
  councils: Council[];
  /** The agreements' terms the overview reads, with the planned deficit of the years it shows. */
  agreements: OverviewAgreement[];
  returns: ReturnRecord[];
  tranches: (TrancheRecord & { laCode: string })[];
  /** Alerts open: neither acknowledged nor resolved (what the overview counts). */
  openAlerts: AlertRecord[];
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
  /** The period asked for, in each cadence (all in the one financial year the overview shows). */
  periods: string[],
  /** Already read (to choose the period), or read here with the rest. */
  latestPositions?: LatestSubmittedRecord[],
): Promise<OverviewData> {
  const latestRead = latestPositions
    ? Promise.resolve(latestPositions)
    : loadLatestPositions(store);
  const councilsRead = queryCollection<Record<string, unknown>>(
    store,
    collections.councils,
    COUNCIL_FIELDS,
  );
  const [councils, agreements, tranches, returns, open, latest, reform] = await Promise.all([
    councilsRead,
    loadAgreements(store, councilsRead),
    queryCollection<TrancheRecord & { laCode: string }>(
      store,
      collections.tranches,
      TRANCHE_FIELDS,
    ),
    Promise.all(periods.map((p) => returnStates(store, p))),
    openAlerts(store),
    latestRead,
    reformItems(store),
  ]);
  return {
    councils: councils.map(toCouncil),
    agreements,
    tranches,
    returns: returns.flat(),
    openAlerts: open,
    latest,
    ...reform,
  };
}

/**
 * The period's returns from their state items; a return last written before those
 * existed is in the collection itself, and counts until its next change writes its state.
 */
async function returnStates(store: Store, period: string): Promise<ReturnRecord[]> {
  const items = await queryAll(store, {
    IndexName: GSI.byCollection.indexName,
    KeyConditionExpression: 'gsi1pk = :c',
    ExpressionAttributeValues: { ':c': collections.returnsOf(period) },
    ...projection(RETURN_FIELDS),
  });
  const states = new Set(items.filter((i) => i.type === 'return-state').map((i) => i.laCode));
  return items
    .filter((i) => i.type === 'return-state' || !states.has(i.laCode))
    .map((item) => stripKeys<ReturnRecord>(item));
}

/** A projection of these attributes (dotted paths allowed). */
function projection(paths: readonly string[]) {
  return {
    ProjectionExpression: paths
      .map((path) =>
        path
          .split('.')
          .map((part) => `#${part}`)
          .join('.'),
      )
      .join(', '),
    ExpressionAttributeNames: Object.fromEntries(
      paths.flatMap((path) => path.split('.')).map((part) => [`#${part}`, part]),
    ),
  };
}

/** An agreement saved before summaries, with what the overview reads. */
type AgreementItem = Omit<OverviewAgreement, 'trajectory' | 'tranches'> & {
  plannedDeficitByYear?: Record<string, number>;
  trancheSchedule?: string;
  trajectory?: OverviewAgreement['trajectory'];
  tranches?: OverviewAgreement['tranches'];
};

/**
 * Every current agreement's terms, planned deficit by year and tranches' terms, from the
 * small summary items (agreement-summary.ts): one query. A council created before
 * summaries were kept (its item without `agreementSummarySince`) and without a summary
 * may have an agreement saved before them: those agreements are read from their own
 * collection, the old way, in one more query for all of them, never one per council.
 */
async function loadAgreements(
  store: Store,
  councils: Promise<Record<string, unknown>[]>,
): Promise<OverviewAgreement[]> {
  const [summaries, councilItems] = await Promise.all([
    queryAll(store, {
      IndexName: GSI.byCollection.indexName,
      KeyConditionExpression: 'gsi1pk = :c',
      ExpressionAttributeValues: { ':c': collections.agreementSummaries },
      ProjectionExpression: 'laCode, summary',
    }),
    councils,
  ]);
  const summarised = new Set(summaries.map((s) => s.laCode));
  const unsummarised = new Set(
    councilItems
      .filter((c) => c.agreementSummarySince === undefined && !summarised.has(c.laCode))
      .map((c) => c.laCode),
  );
  const legacy =
    unsummarised.size === 0
      ? []
      : (
          await queryAll(store, {
            IndexName: GSI.byCollection.indexName,
            KeyConditionExpression: 'gsi1pk = :c',
            ExpressionAttributeValues: { ':c': collections.agreements },
            // An agreement saved before the flat copies has only the lists.
            ...projection([...AGREEMENT_TERMS, ...AGREEMENT_FLAT, ...AGREEMENT_LISTS]),
          })
        ).filter((a) => unsummarised.has(a.laCode));
  return [
    ...summaries.map((item) => readAgreementSummary(item as { laCode: string; summary: string })),
    ...legacy.map((item) => {
      const { plannedDeficitByYear, trancheSchedule, trajectory, tranches, ...terms } =
        item as AgreementItem;
      return {
        ...terms,
        trajectory: plannedDeficitByYear
          ? trajectoryFromPlanned(plannedDeficitByYear)
          : (trajectory ?? []),
        tranches:
          trancheSchedule === undefined ? (tranches ?? []) : parseTrancheSchedule(trancheSchedule),
      };
    }),
  ];
}

async function openAlerts(store: Store): Promise<AlertRecord[]> {
  const items = await queryAll(store, {
    IndexName: GSI.byStatus.indexName,
    KeyConditionExpression: 'gsi2pk = :c AND begins_with(gsi2sk, :s)',
    ExpressionAttributeValues: { ':c': collections.alerts, ':s': 'open#' },
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
