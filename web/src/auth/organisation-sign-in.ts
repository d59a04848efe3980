import {
  authorizationCodeGrantRequest,
  calculatePKCECodeChallenge,
  generateRandomCodeVerifier,
  generateRandomState,
  None,
  processAuthorizationCodeResponse,
  validateAuthResponse,
} from 'oauth4webapi';
import { startSession, type Session } from '../session';
import { SIGN_IN_CALLBACK_PATH, safeReturnTo } from '../sign-in-path';
import { authorizationServer, client } from './cognito';
import { rememberSignIn } from './remembered-sign-in';
import type { SignInConfig } from './sign-in-config';
import { SignInProblem } from './sign-in-problem';

/**
 * Signing in with the organisation's account: Cognito's hosted sign-in, the OAuth
 * authorization code flow with PKCE for a public client. oauth4webapi does the protocol's
 * checks (state, the token response, the ID token's issuer, audience and times).
 */

const PENDING_KEY = 'safety-valve.organisation-sign-in';
const SCOPE = 'openid email profile';

/** A sign-in on its way, kept in this tab while the person is at the organisation's sign-in. */
interface PendingSignIn {
  state: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
}

/**
 * Where to send the browser to sign in, coming back to `returnTo` (a path of this service)
 * afterwards. Remembers the PKCE verifier and the state in this tab's sessionStorage.
 */
export async function organisationSignInUrl(config: SignInConfig, returnTo: string): Promise<URL> {
  const codeVerifier = generateRandomCodeVerifier();
  const pending: PendingSignIn = {
    state: generateRandomState(),
    codeVerifier,
    redirectUri: `${location.origin}${SIGN_IN_CALLBACK_PATH}`,
    returnTo: safeReturnTo(returnTo),
  };
  const url = new URL(authorizationServer(config).authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    redirect_uri: pending.redirectUri,
    scope: SCOPE,
    code_challenge: await calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    // No nonce: PKCE already ties the code to this tab, and it is what OAuth 2.1 relies on.
    state: pending.state,
  }).toString();
  // A new sign-in replaces any earlier one left unfinished in this tab.
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  return url;
}

/**
 * Finishes signing in from the address Cognito sent the browser back to: checks it answers
 * the sign-in started in this tab, swaps the code for tokens and starts the session with
 * the ID token (the API's audience is this client). Throws a `SignInProblem` otherwise.
 */
export async function finishOrganisationSignIn(
  config: SignInConfig,
  callback: URL,
): Promise<{ session: Session; returnTo: string }> {
  const pending = readPending();
  // Each sign-in is answered once: a reload or a replayed address cannot use it again.
  sessionStorage.removeItem(PENDING_KEY);
  const returnTo = pending?.returnTo ?? '/';

  // An error answer carries nothing to trust, so its own wording is never shown.
  const error = callback.searchParams.get('error');
  if (error !== null) {
    throw new SignInProblem(error === 'access_denied' ? 'refused' : 'failed', {
      cause: new Error(`The organisation's sign-in answered error=${error}.`),
      returnTo,
    });
  }
  if (!pending) {
    throw new SignInProblem('not-started-here', {
      cause: new Error('No sign-in was started in this tab.'),
    });
  }

  const as = authorizationServer(config);
  let parameters: URLSearchParams;
  try {
    parameters = validateAuthResponse(as, client(config), callback.searchParams, pending.state);
  } catch (cause) {
    throw new SignInProblem('not-started-here', { cause, returnTo });
  }

  let idToken: string;
  let refreshToken: string | undefined;
  try {
    const response = await authorizationCodeGrantRequest(
      as,
      client(config),
      None(),
      parameters,
      pending.redirectUri,
      pending.codeVerifier,
    );
    // With requireIdToken, the ID token must be there, with this pool's issuer, this
    // client as its audience, and its times current.
    const tokens = await processAuthorizationCodeResponse(as, client(config), response, {
      requireIdToken: true,
    });
    idToken = tokens.id_token ?? '';
    refreshToken = tokens.refresh_token;
  } catch (cause) {
    throw new SignInProblem('not-completed', { cause, returnTo });
  }

  let session: Session;
  try {
    session = startSession(idToken, refreshToken);
  } catch (cause) {
    throw new SignInProblem('no-access', { cause, returnTo });
  }
  rememberSignIn(config);
  return { session, returnTo };
}

function readPending(): PendingSignIn | null {
  const stored = sessionStorage.getItem(PENDING_KEY);
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<PendingSignIn>;
    const { state, codeVerifier, redirectUri, returnTo } = value;
    if (
      typeof state === 'string' &&
      typeof codeVerifier === 'string' &&
      typeof redirectUri === 'string' &&
      typeof returnTo === 'string'
    ) {
      return { state, codeVerifier, redirectUri, returnTo: safeReturnTo(returnTo) };
    }
  } catch {
    // Not ours, or damaged: as good as no sign-in started.
  }
  return null;
}
