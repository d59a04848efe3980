import * as z from 'zod';
import type { AppEnv } from '../env';
import { createRoute, type OpenAPIHono } from '../openapi-hono';
import { json } from '../openapi';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Service'],
  operationId: 'getHealth',
  summary: 'Whether the service is up (no token needed)',
  security: [],
  responses: {
    200: json(z.object({ status: z.literal('ok') }).meta({ id: 'Health' }), 'The service is up'),
  },
});

/**
 * The OpenAPI description of what `docs.ts` serves (health, this document) and of the
 * bearer scheme. Loaded with the routes' descriptions when the document is first asked
 * for, so the start file holds no schema.
 */
export function describeServiceRoutes(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerPath(health);
  // The document describes itself too, so a client generated from it can fetch it.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/api/v1/openapi.json',
    tags: ['Service'],
    operationId: 'getOpenApiDocument',
    summary: 'This OpenAPI document (no token needed)',
    security: [],
    responses: {
      200: json(z.looseObject({ openapi: z.string() }), 'The OpenAPI 3.1 document'),
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
}
