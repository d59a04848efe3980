import type { MiddlewareHandler } from 'hono';
import { InvalidTokenError } from '../../../shared/auth';
import type { AppEnv } from '../env';
import { ApiError } from '../problem';

/** Verifies the bearer token and sets the caller (`c.var.principal`). */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) {
      throw new ApiError(401, 'Send a bearer token in the Authorization header.');
    }
    try {
      const principal = await c.var.deps.verifyToken(match[1]);
      c.set('principal', principal);
      const { deps } = c.var;
      c.set('scoped', deps.storeFor ? { ...deps, store: await deps.storeFor(principal) } : deps);
      c.var.logger.appendKeys({ userId: principal.sub, laCode: principal.laCode });
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new ApiError(401, error.message);
      throw error;
    }
    await next();
  };
}
