import { describe, expect, it } from 'vitest';
import {
  accessibilityProblems,
  DESKTOP,
  openPage,
  runProductAndChromium,
  screenshot,
  signIn,
} from './support';

// The demo's reports end in February 2025 while the runner's clock is today's, so every
// quarter since is overdue; the seed acknowledges those alerts, saying why.
const running = runProductAndChromium('demo');

const COUNCILS = [
  { laCode: '351', persona: 'Bury SEND finance officer', reported: 'Deficit above trajectory' },
  { laCode: '865', persona: 'Wiltshire SEND finance officer', reported: 'EHCPs above plan' },
  { laCode: '801', persona: 'Bristol SEND finance officer', reported: 'Deficit above trajectory' },
];

describe('the demo councils’ home pages', () => {
  it.each(COUNCILS)(
    'open for $persona with the alerts its reports raised, not the returns after them',
    async ({ laCode, persona, reported }) => {
      const { page, errors, close } = await openPage(running.browser, DESKTOP);
      try {
        await signIn(page, running.product.url, persona);
        expect(new URL(page.url()).pathname).toBe(`/councils/${laCode}`);
        const open = page.locator('table', { hasText: 'Open alerts' });
        await open.waitFor();
        const rows = open.locator('tbody tr');
        const texts = await rows.allInnerTexts();
        expect(texts.length).toBeGreaterThan(0);
        expect(texts.filter((text) => text.includes('Return overdue'))).toEqual([]);
        expect(texts.some((text) => text.includes(reported))).toBe(true);
        expect(await accessibilityProblems(page)).toEqual([]);
        await screenshot(page, `demo-home-alerts-${laCode}`);

        // The overdue returns are still there, acknowledged, with the reason on each.
        await page.getByRole('link', { name: 'All alerts for this council' }).click();
        await page.getByLabel('Status').selectOption('acknowledged');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL(/status=acknowledged/);
        const acknowledged = page.locator('tbody tr', { hasText: 'Return overdue' });
        await acknowledged.first().waitFor();
        for (const text of await acknowledged.allInnerTexts()) {
          expect(text).toContain(
            "Acknowledged: Illustrative: the demo's council reports end on 14 February 2025",
          );
        }
        expect(await acknowledged.count()).toBeGreaterThanOrEqual(5);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
