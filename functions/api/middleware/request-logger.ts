import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, RequestLog } from '../env';

type LogAttributes = Record<string, unknown>;

/**
 * The request's keys travel with each line as extra attributes of the host's one
 * logger: no child logger is built per request (building one re-reads the logger's whole
 * configuration), and since nothing is set on the shared logger, concurrent requests on
 * the local server cannot lend each other their keys.
 */
export function requestLog(logger: Logger, initial: LogAttributes): RequestLog {
  const keys: LogAttributes = { ...initial };
  return {
    appendKeys: (more) => Object.assign(keys, more),
    info: (message, extra) => logger.info(message, { ...keys, ...extra }),
    warn: (message, extra) => logger.warn(message, { ...keys, ...extra }),
    error: (message, extra) => logger.error(message, { ...keys, ...extra }),
  };
}

/**
 * Gives each request its log carrying the request id (the council and user are
 * appended once the token is verified), and logs one line per response.
 */
export function requestLogger(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const log = requestLog(c.var.deps.logger, {
      requestId: c.var.requestId,
      ...(c.var.clientRequestId ? { clientRequestId: c.var.clientRequestId } : {}),
    });
    c.set('logger', log);
    await next();
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  };
}
