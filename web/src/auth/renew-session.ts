import {
  None,
  processRefreshTokenResponse,
  refreshTokenGrantRequest,
  ResponseBodyError,
} from 'oauth4webapi';
import {
  forgetRefreshToken,
  getSession,
  refreshTokenOf,
  renewSessionToken,
  type Session,
} from '../session';
import { authorizationServer, client } from './cognito';
import { rememberedSignIn } from './remembered-sign-in';

/** Renew this long before the token expires, so no request leaves with one about to lapse. */
export const RENEW_BEFORE_MS = 2 * 60_000;

let renewing: Promise<Session | null> | null = null;

/**
 * The token to send with a request. A session from the organisation's sign-in is renewed
 * first when its token is about to expire (or has, while the tab sat idle); undefined when
 * nobody is signed in, or the session has ended and cannot be renewed.
 */
export async function tokenForRequest(now = Date.now()): Promise<string | undefined> {
  const session = getSession();
  if (!session) return undefined;
  const fresh = session.expiresAt === undefined || session.expiresAt - now > RENEW_BEFORE_MS;
  if (fresh || refreshTokenOf() === null) return session.token;
  const renewed = await renewSession();
  if (renewed) return renewed.token;
  return session.expiresAt !== undefined && session.expiresAt > now ? session.token : undefined;
}

/**
 * Swaps the refresh token for a new ID token with the organisation's sign-in, once however
 * many requests ask at the same moment. Null if there is nothing to renew with, or the
 * sign-in refused (the refresh token expired or was revoked): the person signs in again.
 */
export function renewSession(): Promise<Session | null> {
  renewing ??= renew().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renew(): Promise<Session | null> {
  const refreshToken = refreshTokenOf();
  const config = rememberedSignIn();
  if (!refreshToken || !config) return null;
  try {
    const as = authorizationServer(config);
    const response = await refreshTokenGrantRequest(as, client(config), None(), refreshToken);
    // The new ID token is checked as at sign-in: this pool's issuer, this client, current.
    const tokens = await processRefreshTokenResponse(as, client(config), response);
    if (!tokens.id_token) throw new Error('The renewal answered without an ID token.');
    return renewSessionToken(tokens.id_token, tokens.refresh_token);
  } catch (error) {
    // Refused (expired or revoked): never again. Unreachable: the next request tries again.
    if (error instanceof ResponseBodyError) forgetRefreshToken();
    console.warn('The session could not be renewed:', error);
    return null;
  }
}
