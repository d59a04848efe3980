import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_COUNCIL, setUpTestCouncil } from './fixtures';
import {
  DESKTOP,
  NARROW,
  devToken,
  focusedText,
  recordScreen,
  runProductAndChromium,
  scrollsSideways,
  signIn,
  tabUntil,
  withCleanPage,
  type Viewport,
} from './support';

const REVIEWER = 'Rob Kowalski';
const ADMIN = 'Dana Adeyemi';
const BURY_EDITOR = 'Bury SEND finance officer';
const LA = TEST_COUNCIL.laCode;

const running = runProductAndChromium('demo', (product) => setUpTestCouncil(product.url));

const withPage = (
  viewport: Viewport,
  test: (page: Page) => Promise<void>,
  options?: { expected?: RegExp },
) => withCleanPage(running.browser, viewport, test, options);
const record = (page: Page, name: string) => recordScreen(page, name);

/** How many red alerts each council has in this status, from DfE's list across councils. */
async function redAlertsBy(status: 'open' | 'acknowledged'): Promise<Map<string, number>> {
  const token = await devToken(running.product.url, {
    sub: 'dfe-reviewer-1',
    role: 'dfe-reviewer',
  });
  const counts = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ status, severity: 'red', limit: '100' });
    if (cursor) query.set('cursor', cursor);
    const response = await fetch(`${running.product.url}/api/v1/alerts?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const page = (await response.json()) as {
      items: { laCode: string }[];
      nextCursor: string | null;
    };
    for (const { laCode } of page.items) counts.set(laCode, (counts.get(laCode) ?? 0) + 1);
    cursor = page.nextCursor;
  } while (cursor);
  return counts;
}

describe('DfE on a council’s page', () => {
  it('assesses a condition, and the history shows it', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/councils/${LA}/conditions`);
      await page.locator('.app-condition').first().waitFor();
      expect(await page.locator('.app-condition h2').allInnerTexts()).toEqual([
        'Condition 1\nRaise the share of EHCPs in mainstream schools',
        'Condition 2\nReduce independent special school placements',
      ]);
      await record(page, 'conditions');

      await page
        .getByRole('link', {
          name: /^Assess this condition\s+\(Raise the share of EHCPs in mainstream schools\)$/,
        })
        .click();
      await page.getByRole('button', { name: 'Record assessment' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.locator('li').allInnerTexts()).toEqual([
        'Select your assessment of the condition',
        'Enter a note to explain the assessment',
      ]);
      await record(page, 'condition-assess-error');

      await page.getByLabel('On track').check();
      await page.getByLabel('Note').fill('Inclusion fund reaching 40 schools.');
      await page.getByRole('button', { name: 'Record assessment' }).click();
      await page.getByText('Assessment recorded').waitFor();
      const first = page.locator('.app-condition').first();
      await first.getByText('History by period (1 period)').click();
      expect(await first.locator('table').innerText()).toContain(
        'Inclusion fund reaching 40 schools.',
      );
      expect(await first.innerText()).toMatch(/DfE’s latest assessment\s+On track/);
      await record(page, 'conditions-assessed');
    });
  });

  it('refuses to release a payment over unassessed conditions until DfE overrides', async () => {
    await withPage(
      DESKTOP,
      async (page) => {
        await signIn(page, running.product.url, ADMIN);
        await page.goto(`${running.product.url}/councils/${LA}/payments`);
        await page.locator('table').first().waitFor();
        await record(page, 'payments');

        await page.getByRole('link', { name: /^Decide on the .* payment \(y2\)$/ }).click();
        await page.getByLabel('Release the payment').check();
        await page.getByLabel('Reason').fill('Progress satisfactory overall.');
        await page.getByRole('button', { name: 'Confirm decision' }).click();
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        expect(await summary.innerText()).toContain('The payment was not released');
        expect(await summary.innerText()).toContain('Reduce independent special school placements');
        await record(page, 'payment-release-refused');

        await page.getByLabel('Release the payment anyway').check();
        await page.getByRole('button', { name: 'Confirm decision' }).click();
        await page.getByText('Payment released').waitFor();
        await page.locator('table').first().waitFor();
        const decisions = await page.locator('table').nth(1).innerText();
        expect(decisions).toContain('Progress satisfactory overall.');
        expect(decisions).toMatch(/Released over .*Reduce independent special school placements/);
        await record(page, 'payments-released');
      },
      // The release refused on purpose (409) logs its status.
      { expected: /status of 409/ },
    );
  });

  it('pages through the audit trail', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/councils/351/audit`);
      await page.getByText('Page 1: changes 1 to 20, newest first').waitFor();
      const firstPage = await page.locator('tbody tr').first().innerText();
      await record(page, 'audit');

      await page.getByRole('button', { name: 'Next page' }).click();
      await page.getByText('Page 2: changes 21 to').waitFor();
      expect(await page.locator('tbody tr').first().innerText()).not.toBe(firstPage);
      await page.getByRole('button', { name: 'Previous page' }).click();
      await page.getByText('Page 1: changes 1 to 20').waitFor();
      expect(await page.locator('tbody tr').first().innerText()).toBe(firstPage);

      await page.locator('tbody tr').first().getByText('What changed').click();
      expect(await page.locator('tbody tr .app-audit-change').first().isVisible()).toBe(true);
    });
  });
});

describe('alerts', () => {
  it('lets DfE filter the alerts across councils and acknowledge one', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/alerts`);
      await page.locator('table').waitFor();
      await record(page, 'alerts');

      await page.getByLabel('Severity').selectOption('red');
      await page.getByLabel('Type').selectOption('trajectory-breach');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/severity=red&rule=trajectory-breach/);
      const rows = page.locator('tbody tr');
      await rows.first().waitFor();
      for (const text of await rows.allInnerTexts())
        expect(text).toContain('Deficit above trajectory');

      const bury = rows.filter({ hasText: 'Bury' }).first();
      await bury.getByRole('link', { name: /^Acknowledge/ }).click();
      await page.getByRole('button', { name: 'Acknowledge alert' }).click();
      await page.locator('#note-error').waitFor();
      await record(page, 'alert-acknowledge-error');
      await page.getByLabel('Note').fill('Recovery plan requested from Bury.');
      await page.getByRole('button', { name: 'Acknowledge alert' }).click();
      await page.getByText('Alert acknowledged').waitFor();
      expect(new URL(page.url()).pathname).toBe('/alerts');

      await page.goto(`${running.product.url}/alerts?status=acknowledged`);
      await page.getByText('Recovery plan requested from Bury.').waitFor();
    });
  });

  it('shows a council its own alerts', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, BURY_EDITOR);
      await page.getByRole('link', { name: 'Alerts', exact: true }).click();
      await page.locator('#main-content h1', { hasText: 'Alerts' }).waitFor();
      await page.locator('table').waitFor();
      expect(await page.locator('thead').innerText()).not.toContain('Council');
      await record(page, 'council-alerts');
    });
  });
});

describe('the overview and comparing councils', () => {
  it('downloads the overview as CSV and sorts it', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.getByRole('link', { name: 'Overview', exact: true }).click();
      await page.locator('table').waitFor();
      expect(await page.locator('#main-content h1').innerText()).toMatch(
        /^Overview for \d{4}-\d{2} quarter \d$/,
      );
      // Every column shows on a desktop screen, without scrolling the table sideways.
      const box = await page
        .getByRole('region', { name: 'Councils' })
        .evaluate((el) => ({ content: el.scrollWidth, shown: el.clientWidth }));
      expect(box.content).toBeLessThanOrEqual(box.shown);

      await page.getByRole('link', { name: 'Against plan (order by this)' }).click();
      await page.waitForURL(/sort=variance/);
      await page.locator('th[aria-sort="descending"]', { hasText: 'Against plan' }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download this table as a spreadsheet (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^safety-valve-overview-\d{4}-\d{2}-Q\d\.csv$/);
      const stream = await download.createReadStream();
      let csv = '';
      for await (const chunk of stream) csv += String(chunk);
      expect(csv.split('\n')[0]).toContain('LA code,Council');
      expect(csv).toContain('Bury');

      // Each row counts its open alerts: not those DfE acknowledged (the demo's overdue
      // returns, acknowledged with a note), which stay on the council's alerts page.
      const openRed = await redAlertsBy('open');
      const acknowledgedRed = await redAlertsBy('acknowledged');
      expect(acknowledgedRed.get('351')).toBeGreaterThan(0);
      for (const row of await page.locator('tbody tr').all()) {
        const href = await row.locator('th a').getAttribute('href');
        const laCode = /\/councils\/([^/]+)/.exec(href ?? '')?.[1] ?? '';
        const note = await row.locator('td[data-label="Alerts"] .app-cell-note').innerText();
        const red = Number(/^(\d+) red/.exec(note)?.[1] ?? 0);
        expect({ laCode, red }).toEqual({ laCode, red: openRed.get(laCode) ?? 0 });
      }
      const figure = page.locator('.app-figures__item', { hasText: 'with open red alerts' });
      expect(await figure.locator('dd').innerText()).toBe(String(openRed.size));

      await page.getByLabel('Open alerts').selectOption('red');
      await page.getByRole('button', { name: 'Show councils' }).click();
      await page.waitForURL(/severity=red/);
      await page.locator('table').waitFor();
      for (const text of await page.locator('tbody tr').allInnerTexts())
        expect(text).toContain('Red');
    });
  });

  it('compares a council with its statistical neighbours', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/compare`);
      await page.getByLabel('Statistical neighbours of').selectOption({ label: 'Bury' });
      await page.getByRole('button', { name: 'Select these councils' }).click();
      expect(await page.getByLabel('Bury', { exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel('Wiltshire').isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.waitForURL(/laCodes=351/);
      await page.locator('canvas').waitFor();
      const table = page.locator('table');
      await table.waitFor();
      expect(await table.locator('thead').innerText()).toContain('Bury plan');
      await record(page, 'compare');

      await page.getByLabel('Measure').selectOption('placements.mainstreamPct');
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.waitForURL(/measure=placements.mainstreamPct/);
      await page.locator('caption', { hasText: 'Share of EHCPs in mainstream schools' }).waitFor();
      expect(await page.locator('tbody').innerText()).toMatch(/\d+(\.\d)?%/);
    });
  });
});

/**
 * The cells of the page's stacked tables (each row a card on a narrow screen) that would
 * show without their column's name: every cell names its column (`data-label`), unless
 * the column's header is for screen readers alone (an action).
 */
function unlabelledCells(page: Page): Promise<string[]> {
  return page.locator('table.app-stacked-table').evaluateAll((tables) =>
    tables.flatMap((table) => {
      const headers = [...table.querySelectorAll('thead th')];
      return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
        [...row.children].flatMap((cell, i) => {
          const header = headers[i];
          if (cell.tagName !== 'TD' || !header) return [];
          const visible = [...header.childNodes]
            .filter((n) => !(n instanceof Element && n.classList.contains('govuk-visually-hidden')))
            .map((n) => n.textContent ?? '')
            .join('')
            .trim();
          const label = cell.getAttribute('data-label');
          return visible === '' || (label && visible.startsWith(label))
            ? []
            : [`${visible}: ${label ?? 'no data-label'}`];
        }),
      );
    }),
  );
}

describe('DfE screens on a small screen and with a keyboard', () => {
  it('fits 320 pixels', async () => {
    await withPage(NARROW, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      for (const [path, name] of [
        ['/overview', 'overview-320px'],
        ['/alerts', 'alerts-320px'],
        ['/compare?measure=demand.ehcpsTotal&laCodes=351,865,801', 'compare-320px'],
        [`/councils/${LA}/conditions`, 'conditions-320px'],
        [`/councils/${LA}/payments`, 'payments-320px'],
        ['/councils/351/audit', 'audit-320px'],
        ['/councils/351', 'council-home-dfe-320px'],
      ] as const) {
        await page.goto(`${running.product.url}${path}`);
        await page.locator('#main-content h1').waitFor();
        await page
          .locator('#main-content :is(table, .govuk-summary-list):visible')
          .first()
          .waitFor();
        expect(await scrollsSideways(page), path).toBe(false);
        expect(await unlabelledCells(page), path).toEqual([]);
        await record(page, name);
      }
    });
  });

  it('acknowledges an alert with the keyboard alone', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/councils/351/alerts`);
      await page.locator('table').waitFor();
      await tabUntil(page, /^Acknowledge\s+the alert/, 80);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/acknowledge$/);
      await page.getByLabel('Note').waitFor();
      // Focus is on the heading after moving page; the note is the next thing to reach.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
      await page.keyboard.type('Seen; the council is reviewing placements.');
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Acknowledge alert');
      await page.keyboard.press('Enter');
      await page.getByText('Alert acknowledged').waitFor();
    });
  });
});
