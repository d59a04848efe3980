import type { AppEnv } from '../env';
import type { OpenAPIDefinitions, OpenAPIHono } from '../openapi-hono';

/**
 * Health, the OpenAPI document and a browsable page for it. The document is generated
 * from the same zod schemas that validate requests: `routeDefinitions` gives the
 * descriptions of every route (`service-description.ts` for these), loaded on the
 * document's first request. The page's script and styles are static files of the
 * web app (`/swagger-ui/`), served from the same origin.
 */
export function registerDocsRoutes(
  app: OpenAPIHono<AppEnv>,
  routeDefinitions: () => Promise<readonly OpenAPIDefinitions[]>,
) {
  app.get('/api/health', (c) => c.json({ status: 'ok' as const }, 200));
  app.doc31(
    '/api/v1/openapi.json',
    {
      openapi: '3.1.0',
      info: {
        title: 'Safety Valve monitoring API',
        version: '1.0.0',
        description:
          'Councils keep their DfE Safety Valve agreement current and submit periodic returns; DfE reviews them across councils. Money is in whole pounds.',
      },
      servers: [{ url: '/' }],
    },
    routeDefinitions,
  );
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
