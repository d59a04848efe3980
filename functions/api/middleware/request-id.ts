import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

/** The most of a client's `X-Request-Id` kept for the log, and the characters kept. */
const CLIENT_ID_MAX = 128;
const CLIENT_ID_UNSAFE = /[^\w.:=/+-]/g;

/**
 * Every request gets an id of our own, sent back in `X-Request-Id` and logged as
 * `requestId`. An id the client sent is logged beside it as `clientRequestId` (trimmed to
 * safe characters), never in its place: a client could otherwise make its requests look
 * like another's in the log.
 */
export function requestIds(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = randomUUID();
    c.set('requestId', id);
    const sent = c.req.header('X-Request-Id');
    if (sent) {
      const cleaned = sent.slice(0, CLIENT_ID_MAX).replace(CLIENT_ID_UNSAFE, '');
      if (cleaned) c.set('clientRequestId', cleaned);
    }
    c.header('X-Request-Id', id);
    await next();
  };
}
