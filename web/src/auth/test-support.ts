import { vi } from 'vitest';
import type { SignInConfig } from './sign-in-config';

/** For unit tests, which run in Node: a tab's storage and address. */
export function stubBrowser(origin: string): Storage {
  const storage = memoryStorage();
  vi.stubGlobal('sessionStorage', storage);
  vi.stubGlobal('localStorage', memoryStorage());
  vi.stubGlobal('location', new URL(`${origin}/`));
  return storage;
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
  return storage;
}

/** Sign-in settings as the cloud serves them, for unit tests. */
export const SIGN_IN_CONFIG: SignInConfig = {
  region: 'eu-west-2',
  userPoolId: 'eu-west-2_abc',
  clientId: 'client-1',
  issuer: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_abc',
  signInDomain: 'https://svm.auth.eu-west-2.amazoncognito.com',
};

/** An ID token as Cognito issues it. The browser does not check the signature: TLS vouches for it. */
export function idToken(overrides: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: 'a1b2',
    iss: SIGN_IN_CONFIG.issuer,
    aud: SIGN_IN_CONFIG.clientId,
    token_use: 'id',
    iat: now,
    exp: now + 3600,
    name: 'Sam Ólafsson',
    'cognito:groups': ['council-editor'],
    'custom:laCode': '351',
    ...overrides,
  };
  const encode = (value: object) => base64url(new TextEncoder().encode(JSON.stringify(value)));
  return `${encode({ alg: 'RS256', kid: 'k1' })}.${encode(claims)}.c2lnbmF0dXJl`;
}

export function tokenResponse(id = idToken()): Response {
  return Response.json({
    id_token: id,
    access_token: 'access',
    refresh_token: 'refresh',
    token_type: 'Bearer',
    expires_in: 3600,
  });
}

/** Bytes in base64url without padding, with the browser's own functions (as the app has them). */
export function base64url(bytes: Uint8Array): string {
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The PKCE challenge of a verifier (RFC 7636, S256), worked out independently of the app. */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The address a stubbed `fetch` was called with, whichever form it took. */
export function urlOf(input: RequestInfo | URL | undefined): string | undefined {
  if (input === undefined || typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}
