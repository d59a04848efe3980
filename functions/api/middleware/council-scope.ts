import type { MiddlewareHandler } from 'hono';
import { canSeeCouncil } from '../../../shared/auth';
import type { AppEnv } from '../env';
import { notFound } from '../problem';

/**
 * Guards every `/councils/{laCode}` route: a council user asking for another council
 * is told it does not exist (404), never that it is forbidden.
 */
export function councilScope(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const laCode = c.req.param('laCode') ?? '';
    if (!canSeeCouncil(c.var.principal, laCode)) throw notFound('The council');
    c.var.logger.appendKeys({ laCode });
    await next();
  };
}
