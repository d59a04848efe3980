import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { CAN } from '../../../shared/auth';
import { listAllAlerts } from '../../../shared/data/alerts/list-alerts';
import { listAudit } from '../../../shared/data/audit';
import { listCouncils } from '../../../shared/data/councils/list-councils';
import type { Page } from '../../../shared/data/cursor';
import { getReturn } from '../../../shared/data/returns/get-return';
import { listReturns } from '../../../shared/data/returns/list-returns';
import { periodProblems } from '../../../shared/domain';
import { carryForward } from '../../../shared/domain';
import { AlertQuery } from '../../../shared/schemas/alert';
import { OverviewQuery } from '../../../shared/schemas/overview';
import { Period } from '../../../shared/schemas/return-content';
import type { AppEnv } from '../env';
import { registerFileRoute } from '../file-route';
import { ALERT_COLUMNS } from '../files/alert-columns';
import { AUDIT_COLUMNS } from '../files/audit-columns';
import { toCsv } from '../files/csv';
import { CSV_TYPE, XLSX_TYPE, fileContent, fileResponse } from '../files/file-response';
import { OVERVIEW_COLUMNS } from '../files/overview-columns';
import { returnWorkbook } from '../files/return-workbook';
import { templateWorkbook } from '../files/return-template';
import { addTableSheet, newWorkbook, workbookBytes } from '../files/workbook';
import { requireRole } from '../middleware/require-role';
import { bearer, problems } from '../openapi';
import { notFound } from '../problem';
import { requireAgreement, requireCouncil } from '../require-council';
import { returnDetail } from '../returns/return-views';
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
  request: { query: AlertQuery.omit({ limit: true, cursor: true }) },
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

export function registerFileRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(overviewXlsx, async (c) => {
    const result = await buildOverview(c.var.scoped, c.req.valid('query'));
    const workbook = newWorkbook();
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
    const workbook = newWorkbook();
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

  registerFileRoute(app, returnXlsx, async (c, { laCode, period }) => {
    const { store, now } = c.var.scoped;
    const [council, agreement, record] = await Promise.all([
      requireCouncil(store, laCode),
      requireAgreement(store, laCode),
      getReturn(store, laCode, period),
    ]);
    if (!record) throw notFound(`A return for ${period}`);
    const detail = returnDetail(record, agreement, now());
    const bytes = await returnWorkbook({ council, agreement, detail });
    return fileResponse(c, bytes, XLSX_TYPE, `${council.name} return ${period}.xlsx`);
  });
}
