import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { ROLES } from '../../../shared/auth';
import { listAudit } from '../../../shared/data/audit';
import { ListQuery, Timestamp, pageOf } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { bearer, json, problems } from '../openapi';
import { requireCouncil } from '../require-council';
import { CouncilParams } from './councils';

const AuditEntry = z
  .object({
    at: Timestamp,
    actor: z.object({ sub: z.string(), role: z.enum([...ROLES, 'system']) }),
    action: z.string().meta({ example: 'return.submitted' }),
    entity: z.string().meta({ example: 'return 2024-25-Q2' }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'AuditEntry' });

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/audit',
  tags: ['Audit'],
  operationId: 'listAudit',
  summary: "Every change to the council's data, newest first",
  security: bearer,
  request: { params: CouncilParams, query: ListQuery },
  responses: {
    200: json(pageOf(AuditEntry, 'AuditPage'), 'Audit trail'),
    ...problems(400, 401, 404),
  },
});

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { limit = 50, cursor } = c.req.valid('query');
    const { store } = c.var.scoped;
    await requireCouncil(store, laCode);
    const page = await listAudit(store, laCode, { limit, cursor });
    return c.json(page as z.infer<ReturnType<typeof pageOf<typeof AuditEntry>>>, 200);
  });
}
