import type { Context } from 'hono';
import * as z from 'zod';

/** The `If-Match` header as the OpenAPI document describes it. */
export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({ description: 'The version being changed, as returned in `version` and `ETag`' }),
});

/** The version named by `If-Match` (`3`, `"3"` or `W/"3"`), or undefined when absent. */
export function readIfMatch(c: Context): string | undefined {
  const raw = c.req.header('If-Match');
  if (raw === undefined) return undefined;
  return raw
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

/** The ETag a versioned resource is sent with, for clients to send back in If-Match. */
export const etag = (version: number) => `"${version}"`;
