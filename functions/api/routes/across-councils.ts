import { createRoute, type OpenAPIHono } from '../openapi-hono';
import { CAN } from '../../../shared/auth';
import { getCouncil } from '../../../shared/data/councils/get-council';
import {
  loadLatestPositions,
  loadOverviewData,
} from '../../../shared/data/overview/load-overview-data';
import {
  councilPeriodFor,
  defaultOverviewPeriod,
  filterAndSortRows,
  overviewRows,
  periodFinancialYear,
  utcDateOf,
} from '../../../shared/domain';
import { Comparison, CompareQuery } from '../../../shared/schemas/compare';
import { Overview, OverviewQuery } from '../../../shared/schemas/overview';
import type { AppDeps, AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { toCsv } from '../files/csv';
import { CSV_TYPE, fileResponse } from '../files/file-response';
import { OVERVIEW_COLUMNS } from '../files/overview-columns';
import { ApiError } from '../problem';
import { compareReturnMeasure } from '../returns/compare-return-measure';
import {
  compareScorecardMeasure,
  SCORECARD_MEASURE_PREFIX,
} from '../scorecards/compare-scorecard-measure';

const overview = createRoute({
  method: 'get',
  path: '/api/v1/overview',
  tags: ['Across councils'],
  operationId: 'getOverview',
  summary:
    'One row per council for a period: return status, variance against plan, alerts, payments (DfE)',
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: OverviewQuery },
  responses: { 200: json(Overview, 'The overview'), ...problems(400, 401, 403) },
});

const overviewCsv = createRoute({
  method: 'get',
  path: '/api/v1/overview.csv',
  tags: ['Across councils'],
  operationId: 'getOverviewCsv',
  summary: 'The overview as CSV: one header row in words, money in whole pounds (DfE)',
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: OverviewQuery },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
    ...problems(400, 401, 403),
  },
});

const compare = createRoute({
  method: 'get',
  path: '/api/v1/compare',
  tags: ['Across councils'],
  operationId: 'compareCouncils',
  summary:
    'A series per council of a return measure (with the plan alongside for finance) or of a scorecard measure (with targets and the national comparator) (DfE)',
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: CompareQuery },
  responses: { 200: json(Comparison, 'The comparison'), ...problems(400, 401, 403) },
});

/** The overview for a period, as the JSON, the CSV and the workbook give it. */
export async function buildOverview(deps: AppDeps, query: OverviewQuery) {
  const now = deps.now();
  // Without a period asked for, the latest positions choose it, and are read only once.
  const latest = query.period ? undefined : await loadLatestPositions(deps.store);
  const period = query.period ?? defaultOverviewPeriod(utcDateOf(now.toISOString()), latest ?? []);
  // The returns of the period in each cadence a council may report on.
  const periods = [
    ...new Set(
      (['quarterly', 'termly', 'monthly'] as const).map((c) => councilPeriodFor(period, c)),
    ),
  ];
  const financialYear = periodFinancialYear(period);
  const data = await loadOverviewData(deps.store, periods, latest);
  const rows = overviewRows({ period, now, ...data });
  return {
    period,
    financialYear,
    items: filterAndSortRows(rows, query),
  };
}

export function registerAcrossCouncilRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(overview, async (c) =>
    c.json(await buildOverview(c.var.scoped, c.req.valid('query')), 200),
  );

  app.openapi(overviewCsv, async (c) => {
    const result = await buildOverview(c.var.scoped, c.req.valid('query'));
    return fileResponse(
      c,
      toCsv(OVERVIEW_COLUMNS, result.items),
      CSV_TYPE,
      `safety-valve-overview-${result.period}.csv`,
    );
  });

  app.openapi(compare, async (c) => {
    const query = c.req.valid('query');
    const { store } = c.var.scoped;
    const laCodes = new Set(query.laCodes?.split(',') ?? []);
    if (query.neighboursOf) {
      const council = await getCouncil(store, query.neighboursOf);
      if (!council)
        throw new ApiError(400, `There is no council ${query.neighboursOf}.`, [
          { path: 'neighboursOf', message: 'is not a council' },
        ]);
      laCodes.add(council.laCode);
      for (const code of council.statisticalNeighbours ?? []) laCodes.add(code);
    }
    if (laCodes.size === 0) {
      throw new ApiError(400, 'Name the councils to compare.', [
        { path: 'laCodes', message: 'give laCodes or neighboursOf' },
      ]);
    }
    if (laCodes.size > 20)
      throw new ApiError(400, 'Compare at most 20 councils at once.', [
        { path: 'laCodes', message: 'too many councils' },
      ]);

    if (query.measure.startsWith(SCORECARD_MEASURE_PREFIX)) {
      const result = await compareScorecardMeasure(c.var.scoped, c.var.principal, {
        measureKey: query.measure.slice(SCORECARD_MEASURE_PREFIX.length),
        laCodes: [...laCodes],
        from: query.from,
        to: query.to,
      });
      if (result.kind === 'unknown-measure') {
        throw new ApiError(400, `There is no scorecard measure ${query.measure}.`, [
          { path: 'measure', message: 'is neither in the catalogue nor on a council’s scorecard' },
        ]);
      }
      return c.json(result.comparison, 200);
    }

    const result = await compareReturnMeasure(c.var.scoped, c.var.principal, {
      measure: query.measure,
      laCodes: [...laCodes],
      from: query.from,
      to: query.to,
    });
    if (result.kind === 'from-after-to') {
      throw new ApiError(400, '`from` must not be after `to`.', [
        { path: 'from', message: 'is after to' },
      ]);
    }
    return c.json(result.comparison, 200);
  });
}
