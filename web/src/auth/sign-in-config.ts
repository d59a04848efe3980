import { SignInProblem } from './sign-in-problem';

/** What the browser needs to sign people in with Cognito, served as `/config.json` in the cloud. */
export interface SignInConfig {
  region: string;
  userPoolId: string;
  /** The web app's Cognito client: the `aud` of the ID tokens the API accepts. */
  clientId: string;
  /** The `iss` of the user pool's tokens. */
  issuer: string;
  /** Base address of the hosted sign-in pages, such as `https://xyz.auth.eu-west-2.amazoncognito.com`. */
  signInDomain: string;
}

const FIELDS = ['region', 'userPoolId', 'clientId', 'issuer', 'signInDomain'] as const;

/** Reads `/config.json`; a `SignInProblem` if it is missing or not sign-in settings. */
export async function loadSignInConfig(): Promise<SignInConfig> {
  let body: unknown;
  try {
    // Never a cached copy: the settings change when the service is deployed again.
    const response = await fetch('/config.json', {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`GET /config.json answered ${response.status}.`);
    body = await response.json();
  } catch (error) {
    // Run locally there is no such file: the app's own page comes back, which is not JSON.
    throw new SignInProblem('not-available', { cause: error });
  }
  return parseSignInConfig(body);
}

/** Checks the settings' shape: each one a text, the sign-in domain an https origin. */
export function parseSignInConfig(body: unknown): SignInConfig {
  if (typeof body !== 'object' || body === null) {
    throw new SignInProblem('not-available', { cause: new Error('config.json is not an object.') });
  }
  const record = body as Record<string, unknown>;
  const missing = FIELDS.filter((field) => typeof record[field] !== 'string' || !record[field]);
  if (missing.length > 0) {
    throw new SignInProblem('not-available', {
      cause: new Error(`config.json has no ${missing.join(', ')}.`),
    });
  }
  const config = Object.fromEntries(FIELDS.map((field) => [field, record[field]])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  return { ...config, signInDomain: httpsOrigin(config.signInDomain) };
}

function httpsOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new SignInProblem('not-available', { cause: error });
  }
  // Codes and tokens travel to this address: only ever over TLS, and only to its root.
  if (url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash) {
    throw new SignInProblem('not-available', {
      cause: new Error(`config.json signInDomain "${value}" is not an https origin.`),
    });
  }
  return url.origin;
}
