import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

/**
 * Gives each request its own child logger carrying the request id (the council and
 * user are appended once the token is verified), and logs one line per response.
 */
export function requestLogger(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const logger = c.var.deps.logger.createChild();
    logger.appendKeys({
      requestId: c.var.requestId,
      ...(c.var.clientRequestId ? { clientRequestId: c.var.clientRequestId } : {}),
    });
    c.set('logger', logger);
    await next();
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  };
}
