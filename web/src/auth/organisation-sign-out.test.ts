import { afterEach, describe, expect, it, vi } from 'vitest';
import { organisationSignOutUrl, revokeRefreshToken } from './organisation-sign-out';
import { SIGN_IN_CONFIG, urlOf } from './test-support';

const CONFIG = SIGN_IN_CONFIG;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('organisationSignOutUrl', () => {
  it("is Cognito's logout, coming back to the registered logout URL", () => {
    const url = new URL(organisationSignOutUrl(CONFIG, 'https://svm.example.gov.uk'));
    expect(url.origin + url.pathname).toBe('https://svm.auth.eu-west-2.amazoncognito.com/logout');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client-1',
      logout_uri: 'https://svm.example.gov.uk/',
    });
  });
});

describe('revokeRefreshToken', () => {
  it('asks Cognito to revoke the refresh token, in a request that outlives the page', async () => {
    const fetch = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
      Promise.resolve(new Response('')),
    );
    vi.stubGlobal('fetch', fetch);
    await revokeRefreshToken(CONFIG, 'refresh-1');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [input, init] = fetch.mock.calls[0] ?? [];
    expect(urlOf(input)).toBe(`${CONFIG.signInDomain}/oauth2/revoke`);
    expect(init?.method).toBe('POST');
    expect(init?.keepalive).toBe(true);
    expect(Object.fromEntries(new URLSearchParams(init?.body as string))).toEqual({
      token: 'refresh-1',
      client_id: 'client-1',
    });
  });

  it('signs out all the same when Cognito cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(revokeRefreshToken(CONFIG, 'refresh-1')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
