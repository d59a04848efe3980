import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSignInConfig, parseSignInConfig } from './sign-in-config';
import { SignInProblem } from './sign-in-problem';
import { SIGN_IN_CONFIG } from './test-support';

const CONFIG = SIGN_IN_CONFIG;

function problemKind(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof SignInProblem ? error.kind : 'other';
  }
  return undefined;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseSignInConfig', () => {
  it('reads the settings the CDK stack writes', () => {
    expect(parseSignInConfig({ ...CONFIG, extra: 1 })).toEqual(CONFIG);
  });

  it('keeps only the origin of the sign-in domain', () => {
    const config = parseSignInConfig({ ...CONFIG, signInDomain: `${CONFIG.signInDomain}/` });
    expect(config.signInDomain).toBe(CONFIG.signInDomain);
  });

  it('refuses settings that are missing or not sign-in settings', () => {
    expect(problemKind(() => parseSignInConfig(null))).toBe('not-available');
    expect(problemKind(() => parseSignInConfig('<!doctype html>'))).toBe('not-available');
    expect(problemKind(() => parseSignInConfig({ ...CONFIG, clientId: '' }))).toBe('not-available');
    expect(problemKind(() => parseSignInConfig({ ...CONFIG, issuer: 7 }))).toBe('not-available');
  });

  it('sends codes and tokens only to an https origin', () => {
    for (const signInDomain of [
      'http://svm.auth.eu-west-2.amazoncognito.com',
      'https://svm.auth.eu-west-2.amazoncognito.com/oauth2',
      'https://svm.auth.eu-west-2.amazoncognito.com/?x=1',
      'svm.auth.eu-west-2.amazoncognito.com',
    ]) {
      expect(problemKind(() => parseSignInConfig({ ...CONFIG, signInDomain }))).toBe(
        'not-available',
      );
    }
  });
});

describe('loadSignInConfig', () => {
  it('fetches /config.json afresh', async () => {
    const fetch = vi.fn(() => Promise.resolve(Response.json(CONFIG)));
    vi.stubGlobal('fetch', fetch);
    await expect(loadSignInConfig()).resolves.toEqual(CONFIG);
    expect(fetch).toHaveBeenCalledWith(
      '/config.json',
      expect.objectContaining({ cache: 'no-store' }),
    );
  });

  it('says sign-in is not available where there is no config.json', async () => {
    // The local runner answers any unknown address with the app's own page.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<!doctype html><html></html>')));
    await expect(loadSignInConfig()).rejects.toMatchObject({ kind: 'not-available' });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Not found', { status: 404 })));
    await expect(loadSignInConfig()).rejects.toMatchObject({ kind: 'not-available' });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadSignInConfig()).rejects.toMatchObject({
      kind: 'not-available',
      message:
        'Signing in with your organisation’s account is not available at the moment. Try again later.',
    });
  });
});
