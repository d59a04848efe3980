import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession, refreshTokenOf } from '../session';
import { finishOrganisationSignIn, organisationSignInUrl } from './organisation-sign-in';
import { rememberedSignIn } from './remembered-sign-in';
import { SignInProblem } from './sign-in-problem';
import {
  SIGN_IN_CONFIG,
  idToken,
  s256Challenge,
  stubBrowser,
  tokenResponse,
  urlOf,
} from './test-support';

const ORIGIN = 'https://svm.example.gov.uk';
const CONFIG = SIGN_IN_CONFIG;
const TOKEN_ENDPOINT = `${CONFIG.signInDomain}/oauth2/token`;

/** Starts a sign-in, and gives the address Cognito would send the browser back to. */
async function signInAndReturn(returnTo = '/councils/351/conditions') {
  const authorize = await organisationSignInUrl(CONFIG, returnTo);
  const state = authorize.searchParams.get('state') ?? '';
  const callback = (query: Record<string, string>) =>
    new URL(`/auth/callback?${new URLSearchParams(query)}`, ORIGIN);
  return { authorize, state, callback };
}

async function problemOf(promise: Promise<unknown>): Promise<SignInProblem> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof SignInProblem))
    throw new Error('Expected a SignInProblem', { cause: error });
  return error;
}

let storage: Storage;
let fetch: ReturnType<
  typeof vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>
>;

beforeEach(() => {
  storage = stubBrowser(ORIGIN);
  fetch = vi.fn(() => Promise.resolve(tokenResponse()));
  vi.stubGlobal('fetch', fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('organisationSignInUrl', () => {
  it("asks Cognito's hosted sign-in for a code, with PKCE", async () => {
    const url = await organisationSignInUrl(CONFIG, '/councils/351');
    expect(url.origin + url.pathname).toBe(`${CONFIG.signInDomain}/oauth2/authorize`);
    const parameters = Object.fromEntries(url.searchParams);
    expect(parameters).toEqual({
      client_id: 'client-1',
      response_type: 'code',
      redirect_uri: `${ORIGIN}/auth/callback`,
      scope: 'openid email profile',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
    });

    // What is kept in the tab answers the challenge, and nothing else leaves it.
    const kept = JSON.parse(storage.getItem('safety-valve.organisation-sign-in') ?? '{}') as {
      codeVerifier: string;
      state: string;
      returnTo: string;
    };
    const challenge = await s256Challenge(kept.codeVerifier);
    expect(parameters['code_challenge']).toBe(challenge);
    expect(kept.state).toBe(parameters['state']);
    expect(kept.returnTo).toBe('/councils/351');
    expect(url.href).not.toContain(kept.codeVerifier);
  });

  it('makes a new state and verifier each time', async () => {
    const first = await organisationSignInUrl(CONFIG, '/');
    const second = await organisationSignInUrl(CONFIG, '/');
    expect(first.searchParams.get('state')).not.toBe(second.searchParams.get('state'));
    expect(first.searchParams.get('code_challenge')).not.toBe(
      second.searchParams.get('code_challenge'),
    );
  });

  it('comes back only to a page of this service', async () => {
    await organisationSignInUrl(CONFIG, 'https://evil.example/');
    expect(storage.getItem('safety-valve.organisation-sign-in')).toContain('"returnTo":"/"');
  });
});

describe('finishOrganisationSignIn', () => {
  it('swaps the code for tokens and signs in with the ID token', async () => {
    const { authorize, state, callback } = await signInAndReturn();
    const token = idToken();
    fetch.mockResolvedValueOnce(tokenResponse(token));

    const { session, returnTo } = await finishOrganisationSignIn(
      CONFIG,
      callback({ code: 'code-1', state }),
    );

    expect(returnTo).toBe('/councils/351/conditions');
    expect(session.token).toBe(token);
    expect(session.user).toEqual({
      sub: 'a1b2',
      name: 'Sam Ólafsson',
      role: 'council-editor',
      laCode: '351',
    });
    expect(getSession()?.token).toBe(token);

    expect(fetch).toHaveBeenCalledTimes(1);
    const [input, init] = fetch.mock.calls[0] ?? [];
    expect(urlOf(input)).toBe(TOKEN_ENDPOINT);
    expect(init?.method).toBe('POST');
    const body = new URLSearchParams(init?.body as string);
    const verifier = body.get('code_verifier') ?? '';
    expect(Object.fromEntries(body)).toEqual({
      grant_type: 'authorization_code',
      code: 'code-1',
      redirect_uri: `${ORIGIN}/auth/callback`,
      code_verifier: verifier,
      client_id: 'client-1',
    });
    expect(await s256Challenge(verifier)).toBe(authorize.searchParams.get('code_challenge'));
    // The session can be renewed, and signing out will end the hosted sign-in's too.
    expect(refreshTokenOf()).toBe('refresh');
    expect(rememberedSignIn()).toEqual(CONFIG);
  });

  it('refuses an answer to another sign-in, and never swaps its code', async () => {
    const { callback } = await signInAndReturn();
    const problem = await problemOf(
      finishOrganisationSignIn(CONFIG, callback({ code: 'code-1', state: 'someone-elses' })),
    );
    expect(problem.kind).toBe('not-started-here');
    expect(problem.returnTo).toBe('/councils/351/conditions');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an answer with no state, or when no sign-in was started in this tab', async () => {
    const { callback } = await signInAndReturn();
    const noState = await problemOf(finishOrganisationSignIn(CONFIG, callback({ code: 'c' })));
    expect(noState.kind).toBe('not-started-here');

    storage.clear();
    const notStarted = await problemOf(
      finishOrganisationSignIn(CONFIG, callback({ code: 'c', state: 'any' })),
    );
    expect(notStarted.kind).toBe('not-started-here');
    expect(notStarted.returnTo).toBe('/');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers each sign-in once: the same address again is refused', async () => {
    const { state, callback } = await signInAndReturn();
    await finishOrganisationSignIn(CONFIG, callback({ code: 'code-1', state }));
    const again = await problemOf(
      finishOrganisationSignIn(CONFIG, callback({ code: 'code-1', state })),
    );
    expect(again.kind).toBe('not-started-here');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("reports Cognito's error answers in its own words, never the answer's", async () => {
    const { state, callback } = await signInAndReturn();
    const refused = await problemOf(
      finishOrganisationSignIn(
        CONFIG,
        callback({ error: 'access_denied', error_description: 'Click <here>', state }),
      ),
    );
    expect(refused.kind).toBe('refused');
    expect(refused.message).toBe(
      'You have not been signed in. Signing in was cancelled, or your account was not accepted.',
    );
    expect(refused.returnTo).toBe('/councils/351/conditions');

    await signInAndReturn();
    const failed = await problemOf(
      finishOrganisationSignIn(CONFIG, callback({ error: 'server_error' })),
    );
    expect(failed.kind).toBe('failed');
    expect(failed.message).not.toContain('server_error');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports a code the token endpoint will not swap', async () => {
    const { state, callback } = await signInAndReturn();
    fetch.mockResolvedValueOnce(Response.json({ error: 'invalid_grant' }, { status: 400 }));
    const problem = await problemOf(
      finishOrganisationSignIn(CONFIG, callback({ code: 'used', state })),
    );
    expect(problem.kind).toBe('not-completed');
    expect(problem.message).toBe('Signing in could not be finished. Try again.');
  });

  it('refuses an ID token for another client, from another issuer, expired, or missing', async () => {
    for (const response of [
      tokenResponse(idToken({ aud: 'another-client' })),
      tokenResponse(idToken({ iss: 'https://cognito-idp.eu-west-2.amazonaws.com/other' })),
      tokenResponse(idToken({ exp: Math.floor(Date.now() / 1000) - 3600 })),
      Response.json({ access_token: 'access', token_type: 'Bearer' }),
    ]) {
      const { state, callback } = await signInAndReturn();
      fetch.mockResolvedValueOnce(response);
      const problem = await problemOf(
        finishOrganisationSignIn(CONFIG, callback({ code: 'code-1', state })),
      );
      expect(problem.kind).toBe('not-completed');
    }
  });

  it('says so when the account has no role in the service', async () => {
    const { state, callback } = await signInAndReturn();
    fetch.mockResolvedValueOnce(tokenResponse(idToken({ 'cognito:groups': [] })));
    const problem = await problemOf(
      finishOrganisationSignIn(CONFIG, callback({ code: 'code-1', state })),
    );
    expect(problem.kind).toBe('no-access');
    expect(refreshTokenOf()).toBeNull();
    expect(rememberedSignIn()).toBeNull();
  });
});
