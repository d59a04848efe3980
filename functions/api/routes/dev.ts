import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { ROLES, isCouncilRole } from '../../../shared/auth';
import { listOutbox } from '../../../shared/data/notifications/outbox';
import { LaCode, ListQuery } from '../../../shared/schemas/common';
import { OutboxMessage } from '../../../shared/schemas/notifications';
import type { AppEnv } from '../env';
import { json, problems } from '../openapi';
import { ApiError, notFound } from '../problem';

const DevTokenInput = z
  .strictObject({
    sub: z.string().trim().min(1).max(128),
    name: z.string().trim().min(1).max(120).optional(),
    role: z.enum(ROLES),
    laCode: LaCode.optional(),
  })
  .meta({ id: 'DevTokenInput' });

const Persona = z
  .object({
    sub: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    laCode: z.string().optional(),
    councilName: z.string().optional(),
    description: z.string(),
  })
  .meta({ id: 'Persona' });

const token = createRoute({
  method: 'post',
  path: '/api/v1/dev/token',
  tags: ['Local identity'],
  operationId: 'issueDevToken',
  summary: 'Sign a token for a local user (local auth mode only; 404 otherwise)',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: DevTokenInput } } } },
  responses: {
    200: json(z.object({ token: z.string() }), 'A signed token valid for 8 hours'),
    ...problems(400, 404, 422),
  },
});

const personas = createRoute({
  method: 'get',
  path: '/api/v1/dev/personas',
  tags: ['Local identity'],
  operationId: 'listDevPersonas',
  summary: 'Demo users to sign in as (local auth mode only; 404 otherwise)',
  security: [],
  responses: { 200: json(z.object({ items: z.array(Persona) }), 'Personas'), ...problems(404) },
});

const outbox = createRoute({
  method: 'get',
  path: '/api/v1/dev/outbox',
  tags: ['Local identity'],
  operationId: 'listOutbox',
  summary:
    'The emails the local runner kept instead of sending, newest first (local auth mode only; 404 otherwise)',
  security: [],
  request: { query: ListQuery },
  responses: {
    200: json(
      z.object({ items: z.array(OutboxMessage), nextCursor: z.string().nullable() }),
      'Emails kept',
    ),
    ...problems(400, 404),
  },
});

export function registerDevRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(token, async (c) => {
    const identity = c.var.deps.devIdentity;
    if (!identity) throw notFound('Local sign-in');
    const input = c.req.valid('json');
    if (isCouncilRole(input.role) && !input.laCode) {
      throw new ApiError(422, 'A council role needs a council.', [
        { path: 'laCode', message: 'is required for council roles' },
      ]);
    }
    if (!isCouncilRole(input.role) && input.laCode) {
      throw new ApiError(422, 'DfE roles are not tied to a council.', [
        { path: 'laCode', message: 'applies only to council roles' },
      ]);
    }
    return c.json({ token: await identity.issueToken(input) }, 200);
  });

  app.openapi(personas, async (c) => {
    const identity = c.var.deps.devIdentity;
    if (!identity) throw notFound('Local sign-in');
    return c.json({ items: await identity.personas() }, 200);
  });

  // Like the local sign-in, a tool of the local runner only: in local auth mode anyone can
  // sign in as anyone, so the emails it kept are no one's secret there.
  app.openapi(outbox, async (c) => {
    if (!c.var.deps.devIdentity) throw notFound('The local outbox');
    const { limit, cursor } = c.req.valid('query');
    return c.json(await listOutbox(c.var.deps.store, { limit: limit ?? 50, cursor }), 200);
  });
}
