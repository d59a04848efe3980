import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

/** One thing the document describes: a route or a component (zod-to-openapi's type). */
export type OpenAPIDefinitions = ConstructorParameters<typeof OpenApiGeneratorV31>[0][number];
/** The document's own fields: `openapi`, `info`, `servers`. */
export type OpenAPIObjectConfigV31 = Parameters<OpenApiGeneratorV31['generateDocument']>[0];

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
