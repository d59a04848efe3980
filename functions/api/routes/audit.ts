import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { ROLES } from '../../../shared/auth';
import { listAudit } from '../../../shared/data/audit';
import { IsoDate, ListQuery, Timestamp, pageOf } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { bearer, json, problems } from '../openapi';
import { requireCouncil } from '../require-council';
import { CouncilParams } from './councils';

const AuditEntry = z
  .object({
    at: Timestamp,
    actor: z.object({
      sub: z.string(),
      role: z.enum([...ROLES, 'system']),
      name: z.string().optional().meta({
        description:
          "The person's name from their sign-in; absent on changes recorded before names were kept",
      }),
    }),
    action: z.string().meta({ example: 'return.submitted' }),
    entity: z.string().meta({ example: 'return 2024-25-Q2' }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'AuditEntry' });

/** `?actor=&action=&from=&to=`: who (a name, or a sub), what (an action), and which days (UTC, inclusive). */
const AuditQuery = ListQuery.extend({
  actor: z.string().min(1).max(128).optional().meta({
    description:
      "Only this person's changes: their name, or their sub for changes recorded without one",
  }),
  action: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, 'must be an action like return.submitted')
    .optional()
    .meta({ example: 'return.submitted' }),
  from: IsoDate.optional().meta({ description: 'First day, included' }),
  to: IsoDate.optional().meta({ description: 'Last day, included' }),
}).refine((q) => !q.from || !q.to || q.from <= q.to, {
  path: ['to'],
  message: 'must be on or after from',
});

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/audit',
  tags: ['Audit'],
  operationId: 'listAudit',
  summary: "Every change to the council's data, newest first",
  security: bearer,
  request: { params: CouncilParams, query: AuditQuery },
  responses: {
    200: json(pageOf(AuditEntry, 'AuditPage'), 'Audit trail'),
    ...problems(400, 401, 404),
  },
});

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { limit = 50, ...filters } = c.req.valid('query');
    const { store } = c.var.scoped;
    await requireCouncil(store, laCode);
    const page = await listAudit(store, laCode, { limit, ...filters });
    return c.json(page as z.infer<ReturnType<typeof pageOf<typeof AuditEntry>>>, 200);
  });
}
