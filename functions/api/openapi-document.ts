import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { OpenAPIDefinitions, OpenAPIObjectConfigV31 } from './openapi-hono';

/**
 * The OpenAPI 3.1 document of the routes an app registered, generated from the same zod
 * schemas that validate their requests. Loaded only when the document is first asked
 * for (`OpenAPIHono.doc31`), so zod-to-openapi is no part of a cold start.
 */
export function openApiDocument(
  definitions: readonly OpenAPIDefinitions[],
  config: OpenAPIObjectConfigV31,
) {
  return new OpenApiGeneratorV31([...definitions]).generateDocument(config);
}
