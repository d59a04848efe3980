import { None, revocationRequest, customFetch } from 'oauth4webapi';
import { authorizationServer, client } from './cognito';
import type { SignInConfig } from './sign-in-config';

/**
 * Cognito's logout address: it ends the hosted sign-in's own session, so the next person at
 * this computer is asked for their password, then comes back to the service's home page
 * (the logout URL registered for the app client).
 */
export function organisationSignOutUrl(config: SignInConfig, origin: string): string {
  const url = new URL('/logout', config.signInDomain);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    logout_uri: `${origin}/`,
  }).toString();
  return url.href;
}

/**
 * Revokes the session's refresh token, so no copy of it can renew the session after
 * signing out. Sent with keepalive: it completes even as the browser leaves the page.
 */
export async function revokeRefreshToken(config: SignInConfig, refreshToken: string) {
  try {
    await revocationRequest(authorizationServer(config), client(config), None(), refreshToken, {
      [customFetch]: (url, init) => fetch(url, { ...init, keepalive: true }),
    });
  } catch (error) {
    // The token still lapses by itself within hours, and this tab has forgotten it.
    console.warn('The refresh token could not be revoked:', error);
  }
}
