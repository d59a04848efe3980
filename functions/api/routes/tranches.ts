import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { listTrancheRecords } from '../../../shared/data/tranches/list-tranche-records';
import { TrancheDecisionInput } from '../../../shared/schemas/agreement';
import { TrancheView } from '../../../shared/schemas/tranche';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { ClientId, ListQuery } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireAgreement } from '../require-council';
import { decideTranche } from '../tranches/decide-tranche';
import { trancheViews } from '../views/tranche-views';
import { CouncilParams } from './councils';

const TrancheParams = CouncilParams.extend({ id: ClientId });

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/tranches',
  tags: ['Tranches'],
  operationId: 'listTranches',
  summary: "The agreement's payment tranches with their status and every decision",
  security: bearer,
  request: { params: CouncilParams, query: ListQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(TrancheView), nextCursor: z.string().nullable() })
        .meta({ id: 'TranchePage' }),
      'Tranches',
    ),
    ...problems(401, 404),
  },
});

const decide = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/tranches/{id}/decision',
  tags: ['Tranches'],
  operationId: 'decideTranche',
  summary:
    'Release, withhold or suspend a tranche (DfE admin). Release is refused while a linked condition is at risk, not met or unassessed, unless override is set with a reason. With If-Match, only if the tranche is still at that version.',
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: {
    params: TrancheParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: TrancheDecisionInput } } },
  },
  responses: {
    200: json(TrancheView, 'The tranche after the decision'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422),
  },
});

export function registerTrancheRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    const [agreement, records] = await Promise.all([
      requireAgreement(store, laCode),
      listTrancheRecords(store, laCode),
    ]);
    const { limit = 50, cursor } = c.req.valid('query');
    return c.json(
      paginate(
        trancheViews(agreement, records),
        { limit, cursor },
        { scope: 'tranches', pk: councilPk(laCode) },
      ),
      200,
    );
  });

  app.openapi(decide, async (c) => {
    const { laCode, id } = c.req.valid('param');
    const tranche = await decideTranche(c.var.scoped, c.var.principal, {
      laCode,
      trancheId: id,
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(tranche.version));
    return c.json(tranche, 200);
  });
}
