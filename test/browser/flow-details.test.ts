import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpTestCouncil } from './fixtures';
import {
  DESKTOP,
  NARROW,
  accessibilityProblems,
  openPage,
  screenshot,
  scrollsSideways,
  signIn,
  runProductAndChromium,
  type Viewport,
} from './support';

const BURY_EDITOR = 'Bury SEND finance officer';
const REVIEWER = 'Rob Kowalski';

const running = runProductAndChromium('demo', (product) => setUpTestCouncil(product.url));

async function withPage(viewport: Viewport, test: (page: Page) => Promise<void>): Promise<void> {
  const { page, errors, close } = await openPage(running.browser, viewport);
  try {
    await test(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

/** axe-clean, no sideways scrolling, and a screenshot to look at. */
async function record(page: Page, name: string): Promise<void> {
  expect(await accessibilityProblems(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, name);
}

const SIZES = [
  ['desktop', DESKTOP],
  ['narrow', NARROW],
] as const;

describe('returns owed only from the agreement’s signing', () => {
  it.each(SIZES)(
    'Bury’s home lists no return for a quarter over before it signed on 19 March 2021 (%s)',
    async (name, viewport) => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, BURY_EDITOR);
        const returns = page.getByRole('table', { name: 'Returns' });
        await returns.waitFor();
        const periods = await returns.locator('tbody th').allInnerTexts();
        expect(periods).toContain('2020-21 quarter 4');
        for (const before of ['2020-21 quarter 1', '2020-21 quarter 2', '2020-21 quarter 3']) {
          expect(periods).not.toContain(before);
        }
        const banner = page.locator('.govuk-notification-banner', {
          hasText: /returns? (is|are) due/,
        });
        if ((await banner.count()) > 0) {
          expect(await banner.innerText()).not.toMatch(/2020-21 quarter [123]|2020\b/);
        }
        await record(page, `owed-from-signing-home-${name}`);
      });
    },
  );

  it.each(SIZES)(
    'the overview shows Bury owing nothing for a quarter before its signing (%s)',
    async (name, viewport) => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        await page.goto(`${running.product.url}/overview?period=2020-21-Q2`);
        const row = page.locator('#main-content tr, #main-content .govuk-summary-card', {
          hasText: 'Bury',
        });
        await row.first().waitFor();
        const text = await row.first().innerText();
        expect(text).not.toContain('Late');
        expect(text).not.toMatch(/due \d/);
        await record(page, `owed-from-signing-overview-${name}`);
      });
    },
  );
});
