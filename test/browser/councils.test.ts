import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  NARROW,
  accessibilityProblems,
  councilsFromApi,
  focusedText,
  recordScreen,
  runProductAndChromium,
  screenshot,
  tabUntil,
  withCleanPage,
  type Viewport,
} from './support';

const DFE_ADMIN = 'Dana Adeyemi';
const BURY_EDITOR = 'Bury SEND finance officer';

const running = runProductAndChromium('demo');

/** A fresh browser context (its own storage), closed after the test; it fails on an error logged. */
const withPage = (
  viewport: Viewport,
  test: (page: Page) => Promise<void>,
  options?: { expected?: RegExp },
) => withCleanPage(running.browser, viewport, test, options);

async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto(`${running.product.url}/sign-in`);
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await page.waitForURL(`${running.product.url}/`);
  await page.locator('table.govuk-table, #main-content h1 + [role=status] + p').first().waitFor();
}

function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('table.govuk-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

function heading(page: Page): Promise<string> {
  return page.locator('h1').innerText();
}

describe('signing in and the list of councils', () => {
  it('sends a signed-out visitor to sign in, with the demo users by organisation', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${running.product.url}/`);
      await page.waitForURL(`${running.product.url}/sign-in`);
      await page.getByRole('button', { name: `Sign in as ${DFE_ADMIN}` }).waitFor();

      expect(await heading(page)).toBe('Sign in');
      await expect.poll(() => page.title()).toBe('Sign in – Safety Valve monitoring');
      const organisations = await page.locator('#main-content h2').allInnerTexts();
      const councils = (await councilsFromApi(running.product.url)).map((council) => council.name);
      expect(organisations).toEqual([
        'Department for Education',
        ...councils.sort((a, b) => a.localeCompare(b, 'en-GB')),
      ]);
      expect(await page.getByRole('button', { name: `Sign in as ${BURY_EDITOR}` }).count()).toBe(1);
      await recordScreen(page, 'sign-in');
    });
  });

  it('shows a DfE administrator every council, and who is signed in', async () => {
    await withPage(DESKTOP, async (page) => {
      await signInAs(page, DFE_ADMIN);

      expect(await heading(page)).toBe('Councils');
      await expect.poll(() => page.title()).toBe('Councils – Safety Valve monitoring');
      const expected = (await councilsFromApi(running.product.url))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((council) => [council.name, council.laCode]);
      expect(expected.length).toBeGreaterThan(1);
      const rows = await tableRows(page);
      expect(rows.map(([name, laCode]) => [name, laCode])).toEqual(expected);
      expect(await page.getByRole('status').innerText()).toBe(`${expected.length} councils`);

      const header = await page.locator('header').innerText();
      expect(header).toContain(DFE_ADMIN);
      expect(header).toContain('DfE administrator');
      expect(await page.getByRole('link', { name: 'Sign out' }).isVisible()).toBe(true);
      // After moving within the app, focus is on the new page's heading.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

      await recordScreen(page, 'councils-dfe-admin');
    });
  });

  it("takes a council user to their own council's page, and no other", async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${running.product.url}/sign-in`);
      await page.getByRole('button', { name: `Sign in as ${BURY_EDITOR}` }).click();
      await page.waitForURL(`${running.product.url}/councils/351`);
      await page.locator('h1').getByText('Safety Valve agreement').waitFor();
      // The council's name replaces its LA code in the caption once it has loaded.
      await page
        .locator('.govuk-caption-l', { hasText: /^Bury$/ })
        .first()
        .waitFor();
      const header = await page.locator('header').innerText();
      expect(header).toContain(BURY_EDITOR);
      expect(header).toContain('Council editor');
      expect(await page.locator('.govuk-service-navigation__link').allInnerTexts()).toEqual([
        'Home',
        'Conditions',
        'Payments',
        'Scorecard',
        'Capital',
        'Reform plan',
        'Stability grant',
        'Alerts',
      ]);

      // Another council's page is not found, as the API answers.
      await page.goto(`${running.product.url}/councils/865`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    });
  });

  it('signs out, and then asks for sign-in again', async () => {
    await withPage(DESKTOP, async (page) => {
      await signInAs(page, DFE_ADMIN);
      await page.getByRole('link', { name: 'Sign out' }).click();
      await page.waitForURL(`${running.product.url}/sign-in`);

      await page.getByText('You have signed out.').waitFor();
      // GOV.UK Frontend moves focus to a success banner so it is read out.
      expect(
        await page.evaluate(() =>
          document.activeElement?.classList.contains('govuk-notification-banner--success'),
        ),
      ).toBe(true);
      expect(await page.locator('header').innerText()).not.toContain(DFE_ADMIN);
      expect(await page.evaluate(() => localStorage.getItem('safety-valve.session'))).toBeNull();
      await recordScreen(page, 'signed-out');

      await page.goto(`${running.product.url}/`);
      await page.waitForURL(`${running.product.url}/sign-in`);
      await page.getByRole('button', { name: `Sign in as ${DFE_ADMIN}` }).waitFor();
    });
  });

  it('comes back to the page asked for after signing in', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${running.product.url}/no-such-page`);
      await page.waitForURL(`${running.product.url}/sign-in?returnTo=%2Fno-such-page`);
      await page.getByRole('button', { name: `Sign in as ${DFE_ADMIN}` }).click();
      await page.waitForURL(`${running.product.url}/no-such-page`);
      expect(await heading(page)).toBe('Page not found');
      expect(await accessibilityProblems(page)).toEqual([]);
    });
  });

  it('can be used with a keyboard alone', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${running.product.url}/sign-in`);
      const button = page.getByRole('button', { name: `Sign in as ${DFE_ADMIN}` });
      await button.waitFor();

      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

      await tabUntil(page, `Sign in as ${DFE_ADMIN}`);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${running.product.url}/`);
      await page.locator('table.govuk-table').waitFor();

      await tabUntil(page, 'Sign out');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${running.product.url}/sign-in`);
    });
  });

  it('fits a 320 pixel wide screen', async () => {
    await withPage(NARROW, async (page) => {
      await page.goto(`${running.product.url}/sign-in`);
      await page.getByRole('button', { name: `Sign in as ${DFE_ADMIN}` }).waitFor();
      await recordScreen(page, 'sign-in-320px');

      await signInAs(page, DFE_ADMIN);
      await recordScreen(page, 'councils-dfe-admin-320px');
    });
  });

  it('follows the pages of the council list to the end', async () => {
    await withPage(DESKTOP, async (page) => {
      const cursors: (string | null)[] = [];
      await page.route(/\/api\/v1\/councils\?/, async (route) => {
        const cursor = new URL(route.request().url()).searchParams.get('cursor');
        cursors.push(cursor);
        const council = cursor
          ? { laCode: '202', name: 'Second page council' }
          : { laCode: '101', name: 'First page council' };
        const at = '2025-01-01T00:00:00.000Z';
        await route.fulfill({
          json: {
            items: [{ ...council, createdAt: at, updatedAt: at }],
            nextCursor: cursor ? null : 'the-next-page',
          },
        });
      });
      await signInAs(page, DFE_ADMIN);

      expect(cursors).toEqual([null, 'the-next-page']);
      expect((await tableRows(page)).map(([name]) => name)).toEqual([
        'First page council',
        'Second page council',
      ]);
    });
  });

  it('says so in an error summary when the councils cannot be loaded', async () => {
    await withPage(
      DESKTOP,
      async (page) => {
        await page.route(/\/api\/v1\/councils\?/, (route) =>
          route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: '/api/problems/503',
              title: 'Unavailable',
              status: 503,
              detail: 'The service is busy. Try again in a few minutes.',
            }),
          }),
        );
        await page.goto(`${running.product.url}/sign-in`);
        await page.getByRole('button', { name: `Sign in as ${DFE_ADMIN}` }).click();
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();

        expect(await summary.innerText()).toContain(
          'The service is busy. Try again in a few minutes.',
        );
        // The title follows the page's render (an effect), a frame after the summary.
        await expect.poll(() => page.title()).toBe('Error: Councils – Safety Valve monitoring');
        // GOV.UK Frontend moves focus to the summary so it is read out.
        expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
        await recordScreen(page, 'councils-error');
      },
      // The API's failure, made up by the test, logs its status.
      { expected: /status of 503/ },
    );
  });

  it('sends the user back to sign in when the API no longer accepts their token', async () => {
    await withPage(
      DESKTOP,
      async (page) => {
        await page.route(/\/api\/v1\/councils\?/, (route) =>
          route.fulfill({
            status: 401,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: '/api/problems/401',
              title: 'Not signed in',
              status: 401,
              detail: 'The token has expired.',
            }),
          }),
        );
        await page.goto(`${running.product.url}/sign-in`);
        await page.getByRole('button', { name: `Sign in as ${DFE_ADMIN}` }).click();
        await page.getByText('Your session has ended.').waitFor();

        expect(new URL(page.url()).pathname).toBe('/sign-in');
        expect(await page.evaluate(() => localStorage.getItem('safety-valve.session'))).toBeNull();
        await recordScreen(page, 'session-ended');
      },
      // The token refused, as the test arranges, logs its status.
      { expected: /status of 401/ },
    );
  });

  it("offers the organisation's sign-in where there are no demo users", async () => {
    await withPage(
      DESKTOP,
      async (page) => {
        await page.route('**/api/v1/dev/personas', (route) =>
          route.fulfill({
            status: 404,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: '/api/problems/404',
              title: 'Not found',
              status: 404,
              detail: 'Local sign-in was not found.',
            }),
          }),
        );
        await page.goto(`${running.product.url}/sign-in`);
        const start = page.getByRole('button', { name: 'Sign in' });
        await start.waitFor();

        expect(await page.locator('#main-content').innerText()).toContain(
          'with your organisation’s account',
        );
        expect(await page.locator('.govuk-error-summary').count()).toBe(0);
        await recordScreen(page, 'sign-in-organisation');
      },
      // The demo sign-in being absent, as the test arranges, logs its status.
      { expected: /status of 404/ },
    );
  });

  it('serves the API reference with Swagger UI', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${running.product.url}/api/docs`);
      const title = page.locator('.swagger-ui .info .title');
      await title.waitFor();
      expect(await title.innerText()).toContain('Safety Valve monitoring API');
      await screenshot(page, 'api-docs');
    });
  });
});
