import type { MiddlewareHandler } from 'hono';
import { hasRole, type Role } from '../../../shared/auth';
import type { AppEnv } from '../env';
import { forbidden } from '../problem';

export function requireRole(allowed: readonly Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!hasRole(c.var.principal, allowed)) throw forbidden();
    await next();
  };
}
