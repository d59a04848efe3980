import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../infra/constructs/web-hosting';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../infra/local/identity';
import {
  DESKTOP,
  accessibilityProblems,
  devToken,
  openPage,
  screenshot,
  runProductAndChromium,
} from './support';

/**
 * Signing in as in the cloud: the local runner's demo sign-in is switched off, and a fake
 * Cognito hosted sign-in at SIGN_IN answers the authorization, token and logout requests.
 * Its ID token comes from the local identity provider, so the config's issuer and client
 * are the local ones: the browser checks the token's `iss` and `aud` against them, and
 * the API accepts it.
 */
const SIGN_IN = 'https://sign-in.test';
const BURY_EDITOR = 'Bury SEND finance officer';
const CONDITIONS = '/councils/351/conditions';

const running = runProductAndChromium('demo');

/** What the fake hosted sign-in was asked, and how it answers the authorization request. */
interface FakeSignIn {
  authorizeRequests: URL[];
  tokenRequests: URLSearchParams[];
  revokeRequests: URLSearchParams[];
  logoutRequests: URL[];
  /** The ID token a refresh grant answers with; the sign-in's own by default. */
  renewedIdToken?: string;
  /** The query to send the browser back to /auth/callback with; by default a code and the state. */
  answer: (authorize: URL) => Record<string, string>;
  /** Held until released, to see the page while the code is being swapped. */
  tokenGate: Promise<void>;
  /** How long the logout takes to answer, as a remote service would. */
  logoutDelayMs: number;
}

async function withCloudPage(
  test: (page: Page, signIn: FakeSignIn, errors: string[]) => Promise<void>,
): Promise<void> {
  const { page, errors, close } = await openPage(running.browser, DESKTOP);
  const idToken = await devToken(running.product.url, {
    sub: 'council-editor-351',
    role: 'council-editor',
    name: BURY_EDITOR,
    laCode: '351',
  });
  const signIn: FakeSignIn = {
    authorizeRequests: [],
    tokenRequests: [],
    revokeRequests: [],
    logoutRequests: [],
    answer: (authorize) => ({ code: 'code-1', state: authorize.searchParams.get('state') ?? '' }),
    tokenGate: Promise.resolve(),
    logoutDelayMs: 0,
  };

  // The pages carry the CloudFront policy, so it is proven to allow the token request.
  // Less upgrade-insecure-requests: the local runner speaks plain HTTP.
  const policy = contentSecurityPolicy(SIGN_IN)
    .split('; ')
    .filter((directive) => directive !== 'upgrade-insecure-requests')
    .join('; ');
  await page.route(`${running.product.url}/**`, async (route, request) => {
    if (request.resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': policy,
        'cross-origin-opener-policy': 'same-origin',
      },
    });
  });
  // As in the cloud: no demo users, and the sign-in settings CloudFront serves.
  await page.route(`${running.product.url}/api/v1/dev/personas`, (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/problem+json',
      body: JSON.stringify({ title: 'Not Found', status: 404, detail: 'Not found.' }),
    }),
  );
  await page.route(`${running.product.url}/config.json`, (route) =>
    route.fulfill({
      json: {
        region: 'eu-west-2',
        userPoolId: 'eu-west-2_local',
        clientId: LOCAL_AUDIENCE,
        issuer: LOCAL_ISSUER,
        signInDomain: SIGN_IN,
      },
    }),
  );
  await page.route(`${SIGN_IN}/oauth2/authorize?*`, (route, request) => {
    const authorize = new URL(request.url());
    signIn.authorizeRequests.push(authorize);
    const callback = `${running.product.url}/auth/callback?${new URLSearchParams(signIn.answer(authorize))}`;
    // A page that moves on by itself rather than a 302: Playwright routes no request a
    // redirect leads to, and the callback page must get its security headers.
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Sign in</title><meta http-equiv="refresh" content="0;url=${callback.replaceAll('&', '&amp;')}">`,
    });
  });
  await page.route(`${SIGN_IN}/oauth2/token`, async (route, request) => {
    const body = new URLSearchParams(request.postData() ?? '');
    signIn.tokenRequests.push(body);
    await signIn.tokenGate;
    const headers = {
      'access-control-allow-origin': running.product.url,
      'cache-control': 'no-store',
    };
    // As Cognito: a refresh grant answers new ID and access tokens, not a new refresh token.
    if (body.get('grant_type') === 'refresh_token') {
      return route.fulfill({
        headers,
        json: {
          id_token: signIn.renewedIdToken ?? idToken,
          access_token: 'access-token-2',
          token_type: 'Bearer',
          expires_in: 3600,
        },
      });
    }
    await route.fulfill({
      headers,
      json: {
        id_token: idToken,
        access_token: 'access-token',
        refresh_token: 'refresh-token',
        token_type: 'Bearer',
        expires_in: 3600,
      },
    });
  });
  await page.route(`${SIGN_IN}/oauth2/revoke`, async (route, request) => {
    signIn.revokeRequests.push(new URLSearchParams(request.postData() ?? ''));
    await route.fulfill({
      headers: { 'access-control-allow-origin': running.product.url },
      body: '',
    });
  });
  await page.route(`${SIGN_IN}/logout?*`, async (route, request) => {
    const logout = new URL(request.url());
    signIn.logoutRequests.push(logout);
    await new Promise((resolve) => setTimeout(resolve, signIn.logoutDelayMs));
    await route.fulfill({
      status: 302,
      headers: { location: logout.searchParams.get('logout_uri') ?? '' },
    });
  });

  try {
    await test(page, signIn, errors);
  } finally {
    await close();
  }
}

/** Console errors that are not the browser noting the API's expected 404 for demo users. */
function unexpected(errors: string[]): string[] {
  return errors.filter((error) => !error.includes('status of 404'));
}

function sessionToken(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('safety-valve.session'));
}

async function errorSummary(page: Page): Promise<string> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  return summary.innerText();
}

describe("signing in with the organisation's account", () => {
  it('signs a council user in and takes them to the page they asked for', async () => {
    await withCloudPage(async (page, signIn, errors) => {
      let release = () => {};
      signIn.tokenGate = new Promise((resolve) => (release = resolve));

      await page.goto(`${running.product.url}${CONDITIONS}`);
      await page.waitForURL(
        `${running.product.url}/sign-in?returnTo=${encodeURIComponent(CONDITIONS)}`,
      );
      const start = page.getByRole('button', { name: 'Sign in' });
      await start.waitFor();
      expect(await page.getByRole('button', { name: /^Sign in as/ }).count()).toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'sign-in-organisation');

      const tokenRequest = page.waitForRequest(`${SIGN_IN}/oauth2/token`);
      await start.click();
      await tokenRequest;

      // Back from the hosted sign-in, while the code is swapped for tokens.
      expect(new URL(page.url()).pathname).toBe('/auth/callback');
      await page.getByRole('status').getByText('Signing you in…').waitFor();
      await expect.poll(() => page.title()).toBe('Sign in – Safety Valve monitoring');
      expect(await accessibilityProblems(page)).toEqual([]);
      release();

      await page.waitForURL(`${running.product.url}${CONDITIONS}`);
      await page.locator('h1').getByText('Conditions').waitFor();
      // The API accepted the ID token: the conditions loaded.
      await page.locator('.app-condition').first().waitFor();
      expect(await page.locator('header').innerText()).toContain(BURY_EDITOR);

      // The authorization request: this client, back to the callback, PKCE with S256.
      expect(signIn.authorizeRequests).toHaveLength(1);
      const authorize = signIn.authorizeRequests[0]!;
      const query = Object.fromEntries(authorize.searchParams);
      expect(query).toEqual({
        client_id: LOCAL_AUDIENCE,
        response_type: 'code',
        redirect_uri: `${running.product.url}/auth/callback`,
        scope: 'openid email profile',
        code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        code_challenge_method: 'S256',
        state: expect.any(String),
      });

      // The token request proves it is the same tab: its verifier hashes to the challenge.
      expect(signIn.tokenRequests).toHaveLength(1);
      const token = Object.fromEntries(signIn.tokenRequests[0]!);
      expect(token).toEqual({
        grant_type: 'authorization_code',
        code: 'code-1',
        redirect_uri: `${running.product.url}/auth/callback`,
        code_verifier: expect.stringMatching(/^[A-Za-z0-9_-]{43,128}$/),
        client_id: LOCAL_AUDIENCE,
      });
      const challenge = createHash('sha256').update(token['code_verifier']!).digest('base64url');
      expect(challenge).toBe(query['code_challenge']);

      // The session holds the ID token, the one the API accepted for the page's data.
      expect((await sessionToken(page))?.split('.')).toHaveLength(3);
      expect(await accessibilityProblems(page)).toEqual([]);

      // Going back passes over the callback and its used code, and the redirect page:
      // to the sign-in page, which sends a signed-in council user to their council.
      await page.goBack();
      await page.waitForURL(`${running.product.url}/councils/351`);
      expect(signIn.authorizeRequests).toHaveLength(1);
      expect(signIn.tokenRequests).toHaveLength(1);
      expect(unexpected(errors)).toEqual([]);
    });
  });

  it("signs out of the organisation's sign-in too", async () => {
    await withCloudPage(async (page, signIn, errors) => {
      // The council's page loads its data in steps, the first slowly here, and the hosted
      // sign-in takes its time: signing out comes mid-way, and the steps after it must not
      // pass for a session that expired.
      await page.route(`${running.product.url}/api/v1/councils/351/agreement`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.fallback();
      });
      signIn.logoutDelayMs = 1500;
      await page.goto(`${running.product.url}/sign-in`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${running.product.url}/councils/351`);
      await page.getByRole('link', { name: 'Sign out' }).click();

      await page.waitForURL(`${running.product.url}/sign-in`);
      await page.getByText('You have signed out.').waitFor();
      expect(signIn.logoutRequests.map((url) => url.origin + url.pathname)).toEqual([
        `${SIGN_IN}/logout`,
      ]);
      expect(Object.fromEntries(signIn.logoutRequests[0]!.searchParams)).toEqual({
        client_id: LOCAL_AUDIENCE,
        logout_uri: `${running.product.url}/`,
      });
      expect(await sessionToken(page)).toBeNull();
      expect(await page.locator('header').innerText()).not.toContain(BURY_EDITOR);
      // The refresh token was revoked, so no copy of it can renew the session.
      expect(signIn.revokeRequests.map((body) => Object.fromEntries(body))).toEqual([
        { token: 'refresh-token', client_id: LOCAL_AUDIENCE },
      ]);
      expect(await accessibilityProblems(page)).toEqual([]);
      expect(unexpected(errors)).toEqual([]);
    });
  });

  it('renews the session as its token nears expiry, so the user carries on', async () => {
    await withCloudPage(async (page, signIn, errors) => {
      // A second ID token, issued a second later, so the two differ.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      signIn.renewedIdToken = await devToken(running.product.url, {
        sub: 'council-editor-351',
        role: 'council-editor',
        name: BURY_EDITOR,
        laCode: '351',
      });
      const sentTokens: string[] = [];
      page.on('request', (request) => {
        const authorization = request.headers()['authorization'];
        if (request.url().includes('/api/v1/') && authorization) sentTokens.push(authorization);
      });
      await page.clock.install();
      await page.goto(`${running.product.url}/sign-in?returnTo=${encodeURIComponent(CONDITIONS)}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${running.product.url}${CONDITIONS}`);
      await page.locator('.app-condition').first().waitFor();
      expect(signIn.tokenRequests.map((body) => body.get('grant_type'))).toEqual([
        'authorization_code',
      ]);

      // Nearly eight hours on (the tokens last eight), with a minute of the token left.
      await page.clock.fastForward('07:59:00');
      sentTokens.splice(0);
      await page.getByRole('link', { name: 'Home' }).click();
      await page.locator('h1').getByText('Safety Valve agreement').waitFor();
      await page.getByRole('heading', { name: 'Deficit trajectory' }).waitFor();

      const renewals = signIn.tokenRequests.filter(
        (body) => body.get('grant_type') === 'refresh_token',
      );
      expect(renewals.length).toBeGreaterThanOrEqual(1);
      expect(Object.fromEntries(renewals[0]!)).toEqual({
        grant_type: 'refresh_token',
        refresh_token: 'refresh-token',
        client_id: LOCAL_AUDIENCE,
      });
      // Every request after the renewal carried the renewed token, and the API took it.
      expect(sentTokens.length).toBeGreaterThan(0);
      expect(new Set(sentTokens)).toEqual(new Set([`Bearer ${signIn.renewedIdToken}`]));
      expect(await sessionToken(page)).toBe(signIn.renewedIdToken);
      expect(await page.locator('header').innerText()).toContain(BURY_EDITOR);
      expect(new URL(page.url()).pathname).toBe('/councils/351');
      expect(unexpected(errors)).toEqual([]);
    });
  });

  it('says so when the organisation turns the sign-in down, and lets the user try again', async () => {
    await withCloudPage(async (page, signIn, errors) => {
      signIn.answer = (authorize) => ({
        error: 'access_denied',
        error_description: 'Go to evil.example to sign in',
        state: authorize.searchParams.get('state') ?? '',
      });
      await page.goto(`${running.product.url}/sign-in?returnTo=${encodeURIComponent(CONDITIONS)}`);
      await page.getByRole('button', { name: 'Sign in' }).click();

      const summary = await errorSummary(page);
      expect(summary).toContain('There is a problem');
      expect(summary).toContain(
        'You have not been signed in. Signing in was cancelled, or your account was not accepted.',
      );
      expect(summary).not.toContain('evil.example');
      await expect.poll(() => page.title()).toBe('Error: Sign in – Safety Valve monitoring');
      // GOV.UK Frontend moves focus to the summary so it is read out.
      expect(
        await page.evaluate(() =>
          document.activeElement?.classList.contains('govuk-error-summary'),
        ),
      ).toBe(true);
      expect(signIn.tokenRequests).toEqual([]);
      expect(await sessionToken(page)).toBeNull();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'sign-in-organisation-refused');

      // This time the organisation lets them in, and they reach the page they asked for.
      signIn.answer = (authorize) => ({
        code: 'code-2',
        state: authorize.searchParams.get('state') ?? '',
      });
      const again = page.getByRole('link', { name: 'Try signing in again' });
      expect(await again.getAttribute('href')).toBe(
        `/auth/sign-in?returnTo=${encodeURIComponent(CONDITIONS)}`,
      );
      await again.click();
      await page.waitForURL(`${running.product.url}${CONDITIONS}`);
      await page.locator('h1').getByText('Conditions').waitFor();
      expect(signIn.tokenRequests.map((request) => request.get('code'))).toEqual(['code-2']);
      expect(unexpected(errors)).toEqual([]);
    });
  });

  it('refuses an answer to a sign-in this tab did not start', async () => {
    await withCloudPage(async (page, signIn, errors) => {
      signIn.answer = () => ({ code: 'stolen-code', state: 'not-the-state' });
      await page.goto(`${running.product.url}/sign-in`);
      await page.getByRole('button', { name: 'Sign in' }).click();

      expect(await errorSummary(page)).toContain(
        'You have not been signed in because signing in was not started in this browser tab',
      );
      expect(await page.getByRole('link', { name: 'Try signing in again' }).isVisible()).toBe(true);
      // The code was never sent to be swapped, and nobody is signed in.
      expect(signIn.tokenRequests).toEqual([]);
      expect(await sessionToken(page)).toBeNull();
      expect(await page.locator('header').innerText()).not.toContain('Sign out');
      expect(await accessibilityProblems(page)).toEqual([]);
      expect(unexpected(errors)).toEqual([]);
    });
  });

  it('says sign-in is not available when the service has no sign-in settings', async () => {
    await withCloudPage(async (page, signIn, errors) => {
      await page.unroute(`${running.product.url}/config.json`);
      await page.goto(`${running.product.url}/auth/sign-in`);

      expect(await errorSummary(page)).toContain(
        'Signing in with your organisation’s account is not available at the moment.',
      );
      expect(signIn.authorizeRequests).toEqual([]);
      expect(await accessibilityProblems(page)).toEqual([]);
      expect(unexpected(errors)).toEqual([]);
    });
  });
});
