import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { listAllAlerts, listCouncilAlerts } from '../../../shared/data/alerts/list-alerts';
import {
  AcknowledgeAlertInput,
  Alert,
  AlertQuery,
  AllAlertsQuery,
} from '../../../shared/schemas/alert';
import { pageOf } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { acknowledgeAlert } from '../alerts/acknowledge-alert';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireCouncil } from '../require-council';
import { CouncilParams } from './councils';

const AlertPage = pageOf(Alert, 'AlertPage');

const councilAlerts = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/alerts',
  tags: ['Alerts'],
  operationId: 'listCouncilAlerts',
  summary: "The council's alerts, newest first",
  security: bearer,
  request: { params: CouncilParams, query: AlertQuery },
  responses: { 200: json(AlertPage, 'Alerts'), ...problems(400, 401, 404) },
});

const allAlerts = createRoute({
  method: 'get',
  path: '/api/v1/alerts',
  tags: ['Alerts'],
  operationId: 'listAlerts',
  summary:
    'Alerts across every council (DfE), most recently changed first; narrowed to one council (laCode), its alerts newest first',
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: AllAlertsQuery },
  responses: { 200: json(AlertPage, 'Alerts'), ...problems(400, 401, 403) },
});

const acknowledge = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/alerts/{id}/acknowledge',
  tags: ['Alerts'],
  operationId: 'acknowledgeAlert',
  summary:
    'Acknowledge an open alert with a note; with If-Match, only if the alert is still at that version',
  security: bearer,
  middleware: [requireRole(CAN.acknowledgeAlert)] as const,
  request: {
    params: CouncilParams.extend({ id: z.string().max(64) }),
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: AcknowledgeAlertInput } } },
  },
  responses: {
    200: json(Alert, 'The acknowledged alert'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422),
  },
});

export function registerAlertRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(councilAlerts, async (c) => {
    const { laCode } = c.req.valid('param');
    const { limit = 50, ...filters } = c.req.valid('query');
    const { store } = c.var.scoped;
    await requireCouncil(store, laCode);
    return c.json(await listCouncilAlerts(store, laCode, { ...filters, limit }), 200);
  });

  app.openapi(allAlerts, async (c) => {
    const { limit = 50, ...filters } = c.req.valid('query');
    return c.json(await listAllAlerts(c.var.scoped.store, { ...filters, limit }), 200);
  });

  app.openapi(acknowledge, async (c) => {
    const { laCode, id } = c.req.valid('param');
    const alert = await acknowledgeAlert(c.var.scoped, c.var.principal, {
      laCode,
      alertId: id,
      note: c.req.valid('json').note,
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(alert.version));
    return c.json(alert, 200);
  });
}
