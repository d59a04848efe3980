import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { isExpensivePath, type RateLimits } from '../../../shared/config/rate-limits';
import type { AppEnv } from '../env';
import { ApiError } from '../problem';

const WINDOW_MS = 60_000;

/**
 * The caller, as the WAF keys its rate rules in AWS: the `Authorization` header (hashed:
 * the limiter keeps no tokens), or the client's address when there is none. Keyed before
 * the token is verified, so a flood of forged tokens is limited as well.
 */
function callerKey(c: Context<AppEnv>): string {
  const authorization = c.req.header('Authorization');
  if (authorization) return createHash('sha256').update(authorization).digest('base64url');
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return `address:${incoming?.socket?.remoteAddress ?? 'unknown'}`;
}

function limiter(limit: number, expensiveOnly: boolean): MiddlewareHandler<AppEnv> {
  return rateLimiter<AppEnv>({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: callerKey,
    skip: (c) => expensiveOnly && !isExpensivePath(c.req.path),
    // Retry-After is already set: the seconds until this caller's window resets.
    handler: () => {
      throw new ApiError(
        429,
        expensiveOnly
          ? `You have asked for the overview or exports more than ${limit} times in a minute. Try again shortly.`
          : `You have made more than ${limit} requests in a minute. Try again shortly.`,
      );
    },
  });
}

/** Per-caller limits on the whole API and, tighter, on its expensive routes. */
export function rateLimits(limits: RateLimits): MiddlewareHandler<AppEnv>[] {
  return [
    limiter(limits.perCallerPerMinute, false),
    limiter(limits.expensivePerCallerPerMinute, true),
  ];
}
