import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import type { AppEnv } from '../env';
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
 * The OpenAPI document, generated from the same zod schemas that validate requests,
 * and a browsable page for it. The page's script and styles are static files of the
 * web app (`/swagger-ui/`), served from the same origin.
 */
export function registerDocsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));
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
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Safety Valve monitoring API',
      version: '1.0.0',
      description:
        'Councils keep their DfE Safety Valve agreement current and submit periodic returns; DfE reviews them across councils. Money is in whole pounds.',
    },
    servers: [{ url: '/' }],
  });
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference – Safety Valve monitoring</title>
<link rel="stylesheet" href="/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/swagger-ui/init.js"></script>
</body>
</html>`),
  );
}
