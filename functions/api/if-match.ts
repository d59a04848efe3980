import type { Context } from 'hono';
import * as z from 'zod';
import { ApiError } from './problem';

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

/**
 * Optimistic locking on a versioned resource: a change to an existing one must name the
 * version it was based on (428 without, 412 when it is stale).
 */
export function checkIfMatch(c: Context, currentVersion: number | undefined): void {
  checkVersion(readIfMatch(c), currentVersion);
}

/** The rule of `checkIfMatch`, given the version the client named. */
export function checkVersion(
  expected: string | undefined,
  currentVersion: number | undefined,
): void {
  if (currentVersion === undefined) {
    if (expected !== undefined) {
      throw new ApiError(412, 'There is nothing at this address for If-Match to match yet.');
    }
    return;
  }
  if (expected === undefined) {
    throw new ApiError(
      428,
      `Send If-Match with the version you are changing (the current version is ${currentVersion}).`,
    );
  }
  if (expected !== String(currentVersion)) {
    throw new ApiError(
      412,
      `Someone else has saved since version ${expected}: the current version is ${currentVersion}. Reload, then make your change again.`,
    );
  }
}

/** The ETag a versioned resource is sent with, for clients to send back in If-Match. */
export const etag = (version: number) => `"${version}"`;
