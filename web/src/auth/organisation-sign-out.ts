import type { SignInConfig } from './sign-in-config';

const SIGN_OUT_URL_KEY = 'safety-valve.organisation-sign-out';

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

/** Remembers, for this tab, that signing out must also go through the organisation's sign-in. */
export function rememberOrganisationSignOut(url: string): void {
  sessionStorage.setItem(SIGN_OUT_URL_KEY, url);
}

/** Where to go to sign out of the organisation's sign-in too, once; null if signed in locally. */
export function takeOrganisationSignOutUrl(): string | null {
  const url = sessionStorage.getItem(SIGN_OUT_URL_KEY);
  sessionStorage.removeItem(SIGN_OUT_URL_KEY);
  return url;
}
