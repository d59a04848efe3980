import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isCouncilRole, isRole, type Principal, type Role } from '../domain';

export type TokenVerifier = (token: string) => Promise<Principal>;

export interface TokenVerifierOptions {
  /** The issuer's signing keys: `createRemoteJWKSet(url)` in AWS, the local identity's set locally. */
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
}

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
}: TokenVerifierOptions): TokenVerifier {
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: ALGORITHMS,
        // A token without an expiry would be good for ever once leaked.
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw new InvalidTokenError(describe(error));
    }
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.iat === 'number' && payload.iat > now + ISSUED_AT_TOLERANCE_SECONDS) {
      throw new InvalidTokenError('The token is issued in the future.');
    }
    return principalFromClaims(payload);
  };
}

function describe(error: unknown): string {
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
