import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN, isCouncilRole } from '../../../shared/auth';
import { getCouncil } from '../../../shared/data/councils/get-council';
import { listCouncils } from '../../../shared/data/councils/list-councils';
import { LaCode, ListQuery, pageOf } from '../../../shared/schemas/common';
import { Council, CouncilInput } from '../../../shared/schemas/council';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { createCouncil } from '../councils/create-council';
import { requireCouncil } from '../require-council';

export const CouncilParams = z.object({ laCode: LaCode });

const create = createRoute({
  method: 'post',
  path: '/api/v1/councils',
  tags: ['Councils'],
  operationId: 'createCouncil',
  summary: 'Set up a council (DfE admin)',
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: CouncilInput } } } },
  responses: {
    201: json(Council, 'The council was created'),
    ...problems(400, 401, 403, 409, 413, 422),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils',
  tags: ['Councils'],
  operationId: 'listCouncils',
  summary: 'Councils the caller may see: every council for DfE, their own for council users',
  security: bearer,
  request: { query: ListQuery },
  responses: { 200: json(pageOf(Council, 'CouncilPage'), 'Councils'), ...problems(400, 401) },
});

const get = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}',
  tags: ['Councils'],
  operationId: 'getCouncil',
  summary: 'One council',
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: json(Council, 'The council'), ...problems(401, 404) },
});

export function registerCouncilRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(create, async (c) => {
    const council = await createCouncil(c.var.scoped, c.var.principal, {
      input: c.req.valid('json'),
    });
    return c.json(council, 201);
  });

  app.openapi(list, async (c) => {
    const { limit = 50, cursor } = c.req.valid('query');
    const { principal, scoped: deps } = c.var;
    if (isCouncilRole(principal.role)) {
      const own = principal.laCode ? await getCouncil(deps.store, principal.laCode) : undefined;
      return c.json({ items: own ? [own] : [], nextCursor: null }, 200);
    }
    return c.json(await listCouncils(deps.store, { limit, cursor }), 200);
  });

  app.openapi(get, async (c) => {
    const { laCode } = c.req.valid('param');
    return c.json(await requireCouncil(c.var.scoped.store, laCode), 200);
  });
}
