import { createRoute, type OpenAPIHono } from '../openapi-hono';
import type { Context } from 'hono';
import { CAN } from '../../../shared/auth';
import { listAllAlerts } from '../../../shared/data/alerts/list-alerts';
import { listAudit } from '../../../shared/data/audit';
import { listCouncils } from '../../../shared/data/councils/list-councils';
import type { Page } from '../../../shared/data/cursor';
import { getReturn } from '../../../shared/data/returns/get-return';
import { listReturns } from '../../../shared/data/returns/list-returns';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import { getReformPlanTemplate } from '../../../shared/data/reform-plans/get-reform-plan-template';
import { getScorecard } from '../../../shared/data/scorecards/get-scorecard';
import {
  NotFoundError,
  carryForward,
  periodProblems,
  resolveMeasures,
} from '../../../shared/domain';
import { AllAlertsQuery } from '../../../shared/schemas/alert';
import { OverviewQuery } from '../../../shared/schemas/overview';
import { ScorecardQuery } from '../../../shared/schemas/scorecard';
import { Period } from '../../../shared/schemas/return-content';
import type { AppEnv } from '../env';
import { registerFileRoute } from '../file-route';
import { ALERT_COLUMNS } from '../files/alert-columns';
import { AUDIT_COLUMNS } from '../files/audit-columns';
import { toCsv } from '../files/csv';
import { CSV_TYPE, PDF_TYPE, XLSX_TYPE, fileContent, fileResponse } from '../files/file-response';
import { OVERVIEW_COLUMNS } from '../files/overview-columns';
import { reformPlanDocument } from '../files/reform-plan-document';
import { returnDocument } from '../files/return-document';
import { returnWorkbook } from '../files/return-workbook';
import { scorecardWorkbook } from '../files/scorecard-workbook';
import { templateWorkbook } from '../files/return-template';
import { addTableSheet, newWorkbook, workbookBytes } from '../files/workbook';
import { requireRole } from '../middleware/require-role';
import { bearer, problems } from '../openapi';
import { notFound } from '../problem';
import { requireAgreement, requireCouncil } from '../require-council';
import { reformPlanView } from '../reform-plans/reform-plan-view';
import { returnDetail } from '../returns/return-views';
import { councilOrNotFound } from '../scorecards/require-council';
import { readScorecard } from '../scorecards/read-scorecard';
import { buildOverview } from './across-councils';
import { CouncilParams } from './councils';

const ReturnParams = CouncilParams.extend({ period: Period });
const PAGE = 200;

/** Every item of a paginated listing, for a file that holds them all. */
async function everyPage<T>(read: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const overviewXlsx = createRoute({
  method: 'get',
  path: '/api/v1/overview.xlsx',
  operationId: 'overviewWorkbook',
  tags: ['Files'],
  summary: 'The overview as a spreadsheet: headers in words, money in pounds (DfE)',
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: OverviewQuery },
  responses: { 200: fileContent(XLSX_TYPE, 'The workbook'), ...problems(400, 401, 403) },
});

const alertsXlsx = createRoute({
  method: 'get',
  path: '/api/v1/alerts.xlsx',
  operationId: 'alertsWorkbook',
  tags: ['Files'],
  summary: 'Alerts across councils as a spreadsheet, with the same filters as the list (DfE)',
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: AllAlertsQuery.omit({ limit: true, cursor: true }) },
  responses: { 200: fileContent(XLSX_TYPE, 'The workbook'), ...problems(400, 401, 403) },
});

const auditCsv = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/audit.csv',
  operationId: 'auditCsv',
  tags: ['Files'],
  summary: "The council's audit trail as CSV, newest first, headers in words",
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: fileContent(CSV_TYPE, 'The CSV'), ...problems(401, 404) },
});

const returnXlsx = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/returns/{period}.xlsx',
  operationId: 'returnWorkbook',
  tags: ['Files'],
  summary: 'A return as a spreadsheet: one sheet per part, headers in words, money in pounds',
  security: bearer,
  request: { params: ReturnParams },
  responses: { 200: fileContent(XLSX_TYPE, 'The workbook'), ...problems(401, 404) },
});

const template = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/returns/{period}/template.xlsx',
  operationId: 'returnTemplate',
  tags: ['Files'],
  summary:
    "The return's template workbook, pre-filled with the draft or carried forward from the latest submitted return, to fill in and upload with PUT",
  security: bearer,
  request: { params: ReturnParams },
  responses: { 200: fileContent(XLSX_TYPE, 'The template'), ...problems(401, 404) },
});

const returnPdf = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/returns/{period}.pdf',
  operationId: 'returnDocument',
  tags: ['Files'],
  summary: 'A return as a document for a Schools Forum or Cabinet paper',
  security: bearer,
  request: { params: ReturnParams },
  responses: { 200: fileContent(PDF_TYPE, 'The document'), ...problems(401, 404) },
});

const reformPlanPdf = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/reform-plan.pdf',
  operationId: 'reformPlanDocument',
  tags: ['Files'],
  summary: "The council's local SEND reform plan as a document for a committee paper",
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: fileContent(PDF_TYPE, 'The document'), ...problems(401, 404) },
});

const scorecardXlsx = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/scorecard.xlsx',
  operationId: 'scorecardWorkbook',
  tags: ['Files'],
  summary:
    "The council's scorecard as a spreadsheet: measures by month, targets and comparators, in each measure's unit",
  security: bearer,
  request: { params: CouncilParams, query: ScorecardQuery },
  responses: { 200: fileContent(XLSX_TYPE, 'The workbook'), ...problems(400, 401, 404) },
});

export function registerFileRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(overviewXlsx, async (c) => {
    const result = await buildOverview(c.var.scoped, c.req.valid('query'));
    const workbook = await newWorkbook();
    addTableSheet(workbook, 'Overview', OVERVIEW_COLUMNS, result.items);
    return fileResponse(
      c,
      await workbookBytes(workbook),
      XLSX_TYPE,
      `safety-valve-overview-${result.period}.xlsx`,
    );
  });

  app.openapi(alertsXlsx, async (c) => {
    const filters = c.req.valid('query');
    const { store } = c.var.scoped;
    const [alerts, councils] = await Promise.all([
      everyPage((cursor) => listAllAlerts(store, { ...filters, limit: PAGE, cursor })),
      everyPage((cursor) => listCouncils(store, { limit: PAGE, cursor })),
    ]);
    const names = new Map(councils.map((x) => [x.laCode, x.name]));
    const workbook = await newWorkbook();
    addTableSheet(
      workbook,
      'Alerts',
      ALERT_COLUMNS,
      alerts.map((a) => ({ ...a, councilName: names.get(a.laCode) })),
    );
    return fileResponse(c, await workbookBytes(workbook), XLSX_TYPE, 'safety-valve-alerts.xlsx');
  });

  app.openapi(auditCsv, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    await requireCouncil(store, laCode);
    const entries = await everyPage((cursor) => listAudit(store, laCode, { limit: PAGE, cursor }));
    return fileResponse(
      c,
      toCsv(AUDIT_COLUMNS, entries),
      CSV_TYPE,
      `safety-valve-audit-${laCode}.csv`,
    );
  });

  app.openapi(template, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const { store } = c.var.scoped;
    const [council, agreement, returns] = await Promise.all([
      requireCouncil(store, laCode),
      requireAgreement(store, laCode),
      listReturns(store, laCode),
    ]);
    if (periodProblems(period, agreement).length > 0)
      throw notFound(`A return for ${period} under this agreement`);
    const own = returns.find((r) => r.period === period);
    const content = own ? own.content : carryForward(period, returns);
    const bytes = await templateWorkbook({ council, agreement, period, content });
    return fileResponse(c, bytes, XLSX_TYPE, `${council.name} return ${period} template.xlsx`);
  });

  const loadReturn = async (c: Context<AppEnv>, laCode: string, period: string) => {
    const { store, now } = c.var.scoped;
    const [council, agreement, record] = await Promise.all([
      requireCouncil(store, laCode),
      requireAgreement(store, laCode),
      getReturn(store, laCode, period),
    ]);
    if (!record) throw notFound(`A return for ${period}`);
    return { council, agreement, detail: returnDetail(record, agreement, now()) };
  };

  registerFileRoute(app, returnXlsx, async (c, { laCode, period }) => {
    const file = await loadReturn(c, laCode, period);
    const bytes = await returnWorkbook(file);
    return fileResponse(c, bytes, XLSX_TYPE, `${file.council.name} return ${period}.xlsx`);
  });

  registerFileRoute(app, returnPdf, async (c, { laCode, period }) => {
    const file = await loadReturn(c, laCode, period);
    const bytes = await returnDocument(file);
    return fileResponse(c, bytes, PDF_TYPE, `${file.council.name} return ${period}.pdf`);
  });

  app.openapi(reformPlanPdf, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    const [council, record, template, scorecard] = await Promise.all([
      councilOrNotFound(store, laCode),
      getReformPlan(store, laCode),
      getReformPlanTemplate(store),
      getScorecard(store, laCode),
    ]);
    if (!record) throw new NotFoundError('The reform plan');
    const measureTitles = new Map(
      resolveMeasures(scorecard?.measures ?? []).map((m) => [m.key, m.title]),
    );
    const bytes = await reformPlanDocument({
      council,
      plan: reformPlanView(record),
      template,
      measureTitles,
    });
    return fileResponse(c, bytes, PDF_TYPE, `${council.name} reform plan.pdf`);
  });

  app.openapi(scorecardXlsx, async (c) => {
    const { laCode } = c.req.valid('param');
    const [view, council] = await Promise.all([
      readScorecard(c.var.scoped, c.var.principal, { laCode, ...c.req.valid('query') }),
      councilOrNotFound(c.var.scoped.store, laCode),
    ]);
    return fileResponse(
      c,
      await scorecardWorkbook(view),
      XLSX_TYPE,
      `${council.name} scorecard.xlsx`,
    );
  });
}
