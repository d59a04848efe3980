import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession, refreshTokenOf, startSession } from '../session';
import { rememberSignIn } from './remembered-sign-in';
import { RENEW_BEFORE_MS, tokenForRequest } from './renew-session';
import { SIGN_IN_CONFIG, idToken, stubBrowser, tokenResponse, urlOf } from './test-support';

const ORIGIN = 'https://svm.example.gov.uk';
const TOKEN_ENDPOINT = `${SIGN_IN_CONFIG.signInDomain}/oauth2/token`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

let fetch: ReturnType<
  typeof vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>
>;

beforeEach(() => {
  stubBrowser(ORIGIN);
  fetch = vi.fn(() => Promise.resolve(tokenResponse(idToken({ name: 'Renewed' }))));
  vi.stubGlobal('fetch', fetch);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Signed in with the organisation's account, with a token lasting `seconds` more. */
function signedIn(seconds: number): string {
  const token = idToken({ exp: nowSeconds() + seconds });
  startSession(token, 'refresh-1');
  rememberSignIn(SIGN_IN_CONFIG);
  return token;
}

describe('tokenForRequest', () => {
  it('sends a token with time left as it is', async () => {
    const token = signedIn(3600);
    expect(await tokenForRequest()).toBe(token);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renews a token about to expire with the refresh token, once for many requests', async () => {
    signedIn(RENEW_BEFORE_MS / 1000 - 10);
    const tokens = await Promise.all([tokenForRequest(), tokenForRequest(), tokenForRequest()]);

    expect(fetch).toHaveBeenCalledTimes(1);
    const [input, init] = fetch.mock.calls[0] ?? [];
    expect(urlOf(input)).toBe(TOKEN_ENDPOINT);
    expect(Object.fromEntries(new URLSearchParams(init?.body as string))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-1',
      client_id: 'client-1',
    });
    expect(new Set(tokens).size).toBe(1);
    expect(getSession()?.token).toBe(tokens[0]);
    expect(getSession()?.user.name).toBe('Renewed');
    // Cognito may send a new refresh token; the newest one is kept.
    expect(refreshTokenOf()).toBe('refresh');
  });

  it('renews a session whose token expired while the tab sat idle', async () => {
    signedIn(-60);
    expect(getSession()).not.toBeNull();
    const token = await tokenForRequest();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(token).toBe(getSession()?.token);
  });

  it('gives up when the refresh token is refused: an expired session sends no token', async () => {
    signedIn(-60);
    fetch.mockResolvedValueOnce(Response.json({ error: 'invalid_grant' }, { status: 400 }));
    expect(await tokenForRequest()).toBeUndefined();
    // Refused once, it is not asked again: the session has ended.
    expect(refreshTokenOf()).toBeNull();
    expect(getSession()).toBeNull();
    expect(await tokenForRequest()).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps using a token that still has time left when renewing fails', async () => {
    const token = signedIn(30);
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await tokenForRequest()).toBe(token);
    // The sign-in could not be reached: the next request tries again.
    expect(refreshTokenOf()).toBe('refresh-1');
    expect(await tokenForRequest()).not.toBe(token);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('refuses a renewed token that is not for this client', async () => {
    signedIn(-60);
    fetch.mockResolvedValueOnce(tokenResponse(idToken({ aud: 'another-client' })));
    expect(await tokenForRequest()).toBeUndefined();
  });

  it('never renews a local session: once expired, it has ended', async () => {
    startSession(idToken({ exp: nowSeconds() - 60 }));
    expect(await tokenForRequest()).toBeUndefined();
    expect(getSession()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
