import type { errors as JoseErrors, JWTPayload, JWTVerifyGetKey } from 'jose';
import { isCouncilRole, isRole, type Principal, type Role } from '../domain';

export type TokenVerifier = (token: string) => Promise<Principal>;

export interface TokenVerifierOptions {
  /** The issuer's signing keys: `createRemoteJWKSet(url)` in AWS, the local identity's set locally. */
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** The clock tokens are checked against (expiry, issued-at, the cache's lifetimes). */
  now?: () => Date;
  /** How many verified tokens are kept, and for how long at most; `false` keeps none. */
  cache?: VerifiedTokenCacheOptions | false;
}

export interface VerifiedTokenCacheOptions {
  /** The most tokens kept: the oldest is dropped first. */
  maxEntries: number;
  /**
   * The longest a token is served without checking its signature again, even if it
   * expires later: a key withdrawn from the issuer's set stops being honoured within it.
   */
  maxAgeSeconds: number;
}

/** A Lambda container serves a few callers at a time; their tokens live an hour. */
export const TOKEN_CACHE_DEFAULTS: VerifiedTokenCacheOptions = {
  maxEntries: 1000,
  maxAgeSeconds: 300,
};

/** The token is missing, malformed, expired, signed by another key, or names no usable role. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/** Only RS256: pinning the algorithm closes `alg: none` and key-confusion attacks. */
const ALGORITHMS = ['RS256'];

/**
 * How far ahead of our clock a token's `iat` may be: the issuer's clock and ours are
 * both NTP-synchronised, so more than this is a token minted for later, not skew.
 */
export const ISSUED_AT_TOLERANCE_SECONDS = 30;

export function createTokenVerifier({
  keys,
  issuer,
  audience,
  now = () => new Date(),
  cache = TOKEN_CACHE_DEFAULTS,
}: TokenVerifierOptions): TokenVerifier {
  const verify = async (token: string) => {
    const currentDate = now();
    // jose loads on the first token: a cold start that answers no signed request skips it.
    const jose = await import('jose');
    let payload: JWTPayload;
    try {
      ({ payload } = await jose.jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: ALGORITHMS,
        // A token without an expiry would be good for ever once leaked.
        requiredClaims: ['exp'],
        currentDate,
      }));
    } catch (error) {
      throw new InvalidTokenError(describe(error, jose.errors));
    }
    const seconds = Math.floor(currentDate.getTime() / 1000);
    if (typeof payload.iat === 'number' && payload.iat > seconds + ISSUED_AT_TOLERANCE_SECONDS) {
      throw new InvalidTokenError('The token is issued in the future.');
    }
    // `exp` is required above, so it is a number here.
    return { principal: principalFromClaims(payload), expiresAt: (payload.exp as number) * 1000 };
  };
  if (!cache) return async (token) => (await verify(token)).principal;
  return cachedVerifier(verify, now, cache);
}

/**
 * Verifying an RS256 signature is most of what authentication costs a request, and a
 * caller sends the same token for an hour: keep what a token was verified as, keyed by
 * the token itself, until the earlier of its expiry and the cache's own lifetime. Only
 * tokens that verified are kept; a refused one is checked again every time.
 */
function cachedVerifier(
  verify: (token: string) => Promise<{ principal: Principal; expiresAt: number }>,
  now: () => Date,
  { maxEntries, maxAgeSeconds }: VerifiedTokenCacheOptions,
): TokenVerifier {
  const verified = new Map<string, { principal: Principal; until: number }>();
  return async (token) => {
    const at = now().getTime();
    const hit = verified.get(token);
    // Strictly before: at its `exp` second the token is expired, as jose reads it.
    if (hit && at < hit.until) return hit.principal;
    if (hit) verified.delete(token);
    const { principal, expiresAt } = await verify(token);
    verified.delete(token);
    // A Map iterates in insertion order: the first key is the oldest entry.
    while (verified.size >= maxEntries) verified.delete(verified.keys().next().value as string);
    verified.set(token, { principal, until: Math.min(expiresAt, at + maxAgeSeconds * 1000) });
    return principal;
  };
}

function describe(error: unknown, errors: typeof JoseErrors): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  )
    return 'The token is not signed by a trusted key.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is not accepted.`;
  return 'The token could not be verified.';
}

/** Reads the caller from verified claims: `roles` (or Cognito's groups) and `custom:laCode`. */
export function principalFromClaims(payload: JWTPayload): Principal {
  const sub = payload.sub;
  if (!sub) throw new InvalidTokenError('The token has no subject.');
  const claimed = payload.roles ?? payload['cognito:groups'];
  const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter(isRole);
  if (roles.length !== 1) {
    throw new InvalidTokenError('The token must carry exactly one role of this service.');
  }
  const role = roles[0] as Role;
  const name = typeof payload.name === 'string' ? payload.name : undefined;
  if (!isCouncilRole(role)) return { sub, role, ...(name ? { name } : {}) };
  const laCode = payload['custom:laCode'];
  if (typeof laCode !== 'string' || !/^\d{3}$/.test(laCode)) {
    throw new InvalidTokenError('A council role needs the council (custom:laCode) in the token.');
  }
  return { sub, role, laCode, ...(name ? { name } : {}) };
}
