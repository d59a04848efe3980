import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  NARROW,
  accessibilityProblems,
  openPage,
  runProductAndChromium,
  screenshot,
  scrollsSideways,
  signIn,
  type Viewport,
} from './support';

const REVIEWER = 'Rob Kowalski';
const running = runProductAndChromium('demo');

async function firstLoad(viewport: Viewport, name: string) {
  const { page, errors, close } = await openPage(running.browser, viewport);
  try {
    await signIn(page, running.product.url, REVIEWER);
    // A reviewer lands on the overview, opened on the latest quarter that has returns.
    expect(new URL(page.url()).pathname).toBe('/overview');
    await page.locator('table.app-overview-table').waitFor();
    expect(await page.locator('#main-content h1').innerText()).toMatch(
      /^Overview for \d{4}-\d{2} quarter \d$/,
    );
    const offPlan = page.locator('.app-figures__item', { hasText: 'above' });
    expect(Number(await offPlan.locator('dd').innerText())).toBeGreaterThan(0);

    // Bury's latest return is well above its agreed trajectory, and the variance against
    // a plan of a £0.060m surplus is given in pounds, not as a percentage.
    const bury = page.locator('tbody tr', { hasText: 'Bury' });
    const latest = bury.locator('td[data-label="Latest return"]');
    expect(await latest.innerText()).toMatch(/£\d+\.\d{3}m over plan/);
    expect(await bury.innerText()).not.toMatch(/\d{3,}\.\d%/);

    expect(await scrollsSideways(page)).toBe(false);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, name);
    expect(errors).toEqual([]);
    return page;
  } finally {
    await close();
  }
}

describe('the overview on first load', () => {
  it('shows a reviewer who is off trajectory at 1280 px', async () => {
    await firstLoad(DESKTOP, 'overview-first-load');
  });

  it('stacks each council into a card at 320 px, the money visible without scrolling sideways', async () => {
    await firstLoad(NARROW, 'overview-first-load-narrow');
  });
});
