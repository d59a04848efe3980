/**
 * Fair use: how many requests one caller may make, wherever the API runs. In AWS the
 * WAF's rate-based rules (infra/stacks/edge-stack.ts) enforce these per `Authorization`
 * header at CloudFront; the local runner enforces the same numbers in the app
 * (functions/api/middleware/rate-limit.ts). Both answer 429 with `Retry-After`.
 */
export interface RateLimits {
  /** Requests one caller may make to the API in a minute. */
  perCallerPerMinute: number;
  /** Of which to the expensive routes (the overview across councils, file exports). */
  expensivePerCallerPerMinute: number;
}

/**
 * A person at the web app makes a few requests a second at most; a script that makes ten
 * a second for a minute is not a person, and would otherwise take a fifth of the API's
 * whole throttle budget (50 a second, shared by every council).
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perCallerPerMinute: 600,
  expensivePerCallerPerMinute: 60,
};

/** What test harnesses and benchmarks give the local runner: they are one caller at 100/s. */
export const UNTHROTTLED: RateLimits = {
  perCallerPerMinute: 1_000_000,
  expensivePerCallerPerMinute: 1_000_000,
};

/** Where the expensive routes start: the overview and everything under it. */
export const EXPENSIVE_PATH_PREFIXES = ['/api/v1/overview'] as const;
/** And how they end: any file built for download. */
export const EXPENSIVE_PATH_SUFFIXES = ['.csv', '.xlsx', '.pdf'] as const;

/** Whether a request path is one of the expensive routes. */
export function isExpensivePath(path: string): boolean {
  return (
    EXPENSIVE_PATH_PREFIXES.some((p) => path.startsWith(p)) ||
    EXPENSIVE_PATH_SUFFIXES.some((s) => path.endsWith(s))
  );
}

/** Reads a limit from the environment (a whole number of requests a minute, at least 1). */
export function parseRateLimit(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of requests a minute, not "${raw}".`);
  }
  return value;
}
