import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { acknowledgeAlert } from '../../../shared/data/alerts/acknowledge-alert';
import { toAlert } from '../../../shared/data/alerts/alert-record';
import { getAlert } from '../../../shared/data/alerts/get-alert';
import { listAllAlerts, listCouncilAlerts } from '../../../shared/data/alerts/list-alerts';
import { retryOnConflict } from '../../../shared/data/retry-on-conflict';
import { AcknowledgeAlertInput, Alert, AlertQuery } from '../../../shared/schemas/alert';
import { pageOf } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { conflict, notFound } from '../problem';
import { requireCouncil } from '../require-council';
import { CouncilParams } from './councils';

const AlertPage = pageOf(Alert, 'AlertPage');

const councilAlerts = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/alerts',
  tags: ['Alerts'],
  summary: "The council's alerts, newest first",
  security: bearer,
  request: { params: CouncilParams, query: AlertQuery },
  responses: { 200: json(AlertPage, 'Alerts'), ...problems(400, 401, 404) },
});

const allAlerts = createRoute({
  method: 'get',
  path: '/api/v1/alerts',
  tags: ['Alerts'],
  summary: 'Alerts across every council (DfE), most recently changed first',
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: AlertQuery },
  responses: { 200: json(AlertPage, 'Alerts'), ...problems(400, 401, 403) },
});

const acknowledge = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/alerts/{id}/acknowledge',
  tags: ['Alerts'],
  summary: 'Acknowledge an open alert with a note',
  security: bearer,
  middleware: [requireRole(CAN.acknowledgeAlert)] as const,
  request: {
    params: CouncilParams.extend({ id: z.string().max(64) }),
    body: { required: true, content: { 'application/json': { schema: AcknowledgeAlertInput } } },
  },
  responses: {
    200: json(Alert, 'The acknowledged alert'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

/** Tries at acknowledging an alert the alert worker keeps changing. */
const ACKNOWLEDGE_ATTEMPTS = 3;

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
    const { note } = c.req.valid('json');
    const { store, now } = c.var.scoped;
    const actor = { sub: c.var.principal.sub, role: c.var.principal.role };
    // The alert worker may update the alert's figures while a user acknowledges it; the
    // note does not depend on them, so read it again and retry rather than refuse. Should
    // it keep losing, the app answers 409 as for any write that lost a race.
    const acknowledged = await retryOnConflict(async () => {
      const alert = await getAlert(store, laCode, id);
      if (!alert) throw notFound('The alert');
      if (alert.status !== 'open')
        throw conflict(`The alert is ${alert.status}; only an open alert can be acknowledged.`);
      return acknowledgeAlert(store, alert, note, actor, now?.());
    }, ACKNOWLEDGE_ATTEMPTS);
    return c.json(toAlert(acknowledged), 200);
  });
}
