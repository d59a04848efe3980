import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  NARROW,
  recordScreen,
  runProductAndChromium,
  signIn,
  withCleanPage,
  type Viewport,
} from './support';

const BCP = '839';
const BCP_EDITOR = 'Bournemouth, Christchurch and Poole SEND finance officer';
const REVIEWER = 'Rob Kowalski';

const running = runProductAndChromium('demo');

const withPage = (
  viewport: Viewport,
  test: (page: Page) => Promise<void>,
  options?: { expected?: RegExp },
) => withCleanPage(running.browser, viewport, test, options);
const record = (page: Page, name: string) => recordScreen(page, name);

/** The text of a table's rows, cell by cell, once the table has loaded. */
async function rows(page: Page, caption: string): Promise<string[][]> {
  const body = page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr');
  // The heading shows at once and the table once the scorecard has loaded.
  await body.first().waitFor();
  return body.evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim()),
    ),
  );
}

describe("a council's scorecard", () => {
  for (const [viewport, label, month, monthName] of [
    [DESKTOP, 'desktop', '2024-04', 'April 2024'],
    [NARROW, 'narrow', '2024-05', 'May 2024'],
  ] as const) {
    it(`shows BCP's report and takes a month's figures (${label})`, async () => {
      await withPage(
        viewport,
        async (page) => {
          await signIn(page, running.product.url, BCP_EDITOR);
          await page.goto(`${running.product.url}/councils/${BCP}/scorecard`);
          await page.getByRole('heading', { name: 'Scorecard', level: 1 }).waitFor();
          expect(await rows(page, 'Each measure’s latest month')).toHaveLength(9);
          // BCP's report, March 2024, with the comparators it quotes.
          const twentyWeeks = await rows(
            page,
            'EHCPs issued within 20 weeks (exceptions included) by month',
          );
          expect(twentyWeeks.slice(0, 3)).toEqual([
            ['March 2023', '0%', '–', '–', '–', '–'],
            ['February 2024', '52.9%', '–', '–', '–', '–'],
            ['March 2024', '67.1%', '–', '44.47%', '36.4%', '34.7%'],
          ]);
          expect((await rows(page, 'Annual review backlog by month')).slice(0, 3)).toEqual([
            ['March 2023', '2,012', '–', '–', '–', '–'],
            ['February 2024', '1,216', '–', '–', '–', '–'],
            ['March 2024', '1,030', '–', '–', '–', '–'],
          ]);
          await record(page, `scorecard-${label}`);

          await page.goto(`${running.product.url}/councils/${BCP}/scorecard/months/${month}`);
          await page.getByRole('heading', { name: `Figures for ${monthName}` }).waitFor();
          const twenty = page.getByRole('group', {
            name: 'EHCPs issued within 20 weeks (exceptions included)',
          });
          const backlog = page.getByRole('group', { name: 'Annual review backlog' });
          await twenty.getByLabel('Figure').fill('120');
          await backlog.getByLabel('Figure').fill('about a thousand');
          await page.getByRole('button', { name: 'Save figures' }).click();
          const problems = page.locator('.govuk-error-summary');
          await problems.waitFor();
          expect(await problems.locator('li').allInnerTexts()).toEqual([
            'Enter annual review backlog as a number',
          ]);

          // Fixed here; the API then refuses the percentage, and names the field.
          await backlog.getByLabel('Figure').fill('987');
          await page.getByRole('button', { name: 'Save figures' }).click();
          await expect
            .poll(() => problems.locator('li').allInnerTexts())
            .toEqual([
              'EHCPs issued within 20 weeks (exceptions included) must be a percentage from 0 to 100',
            ]);
          await record(page, `scorecard-month-error-${label}`);
          await problems.getByRole('link').click();
          expect(await page.evaluate(() => document.activeElement?.id)).toBe(
            'value-ehcp-20-week-pct',
          );

          await twenty.getByLabel('Figure').fill('70.2');
          await twenty.getByLabel('Note (optional)').fill('Two new caseworkers started');
          await page.getByRole('button', { name: 'Save figures' }).click();
          await page.getByText('Figures saved').waitFor();
          // The scorecard reloads after the save: wait for the new figure rather than race it.
          await expect
            .poll(
              async () =>
                (await rows(page, 'Each measure’s latest month')).find((r) =>
                  r[0]?.startsWith('EHCPs issued within 20 weeks'),
                )?.[1],
            )
            .toBe(`70.2%\n${monthName}`);
          const byMonth = await rows(
            page,
            'EHCPs issued within 20 weeks (exceptions included) by month',
          );
          expect(byMonth.find((r) => r[0] === monthName)?.[1]).toBe(
            '70.2%\nTwo new caseworkers started',
          );
          await record(page, `scorecard-saved-${label}`);

          // The figures are saved: coming back shows them, ready to change.
          await page.goto(`${running.product.url}/councils/${BCP}/scorecard/months/${month}`);
          await expect.poll(() => twenty.getByLabel('Figure').inputValue()).toBe('70.2');
          // The refusal asked for, and the month not saved yet, log their status.
        },
        { expected: /status of (404|422)/ },
      );
    }, 120_000);
  }
});

describe('DfE comparing a scorecard measure across councils', () => {
  for (const [viewport, label] of [
    [DESKTOP, 'desktop'],
    [NARROW, 'narrow'],
  ] as const) {
    it(`shows each council's months with the national figure alongside (${label})`, async () => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        await page.goto(`${running.product.url}/compare`);
        await page.locator('#measure').selectOption('scorecard:ehcp-20-week-pct');
        for (const name of ['Bournemouth, Christchurch and Poole', 'Bury', 'Wiltshire']) {
          await page.getByLabel(name, { exact: true }).check();
        }
        await page.getByRole('button', { name: 'Compare', exact: true }).click();
        await page
          .getByRole('heading', { name: 'EHCPs issued within 20 weeks (exceptions included)' })
          .waitFor();
        await page.locator('.app-chart canvas').waitFor();
        const table = await rows(page, 'by month');
        const march = table.find((r) => r[0] === 'March 2024');
        // Councils by name, each with its target where it set one, then the national figure.
        expect(march).toEqual(['March 2024', '67.1%', '–', '–', '–', '–', '44.47%']);
        const december = table.find((r) => r[0] === 'December 2024');
        expect(december).toEqual(['December 2024', '–', '58%', '50%', '52%', '60%', '–']);
        await record(page, `compare-scorecard-${label}`);
      });
    }, 120_000);
  }
});
