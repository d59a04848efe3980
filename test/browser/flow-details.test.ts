import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeDeficit, periodFinancialYear, previousPeriod } from '../../shared/domain';
import type { ReturnDraft } from '../../shared/schemas/return-content';
import {
  TEST_COUNCIL,
  apiAs,
  completeReturn,
  reportingPeriod,
  setUpTestCouncil,
  testAgreement,
} from './fixtures';
import {
  DESKTOP,
  NARROW,
  recordScreen,
  signIn,
  runProductAndChromium,
  withCleanPage,
  type Viewport,
} from './support';

const BURY_EDITOR = 'Bury SEND finance officer';
const REVIEWER = 'Rob Kowalski';
const LA = TEST_COUNCIL.laCode;
const APPROVER = `${TEST_COUNCIL.name} Section 151 officer`;
const EDITOR = `${TEST_COUNCIL.name} SEND finance officer`;
/** A draft with gaps, and a complete one. */
const INCOMPLETE = previousPeriod(reportingPeriod()) ?? reportingPeriod();
const COMPLETE = reportingPeriod();
const editor = { sub: `council-editor-${LA}`, role: 'council-editor' as const, laCode: LA };

async function saveDraft(url: string, period: string, content: ReturnDraft): Promise<void> {
  const res = await apiAs(url, editor, 'PUT', `/api/v1/councils/${LA}/returns/${period}`, content);
  if (res.status !== 201) throw new Error(`save ${period}: ${JSON.stringify(res.body)}`);
}

const running = runProductAndChromium('demo', async (product) => {
  await setUpTestCouncil(product.url);
  const { finance, ...rest } = completeReturn(20_000_000);
  await saveDraft(product.url, INCOMPLETE, {
    ...rest,
    finance: { highNeedsIncome: finance?.highNeedsIncome ?? 0 },
  });
  await saveDraft(product.url, COMPLETE, completeReturn(20_000_000));
});

const withPage = (viewport: Viewport, test: (page: Page) => Promise<void>) =>
  withCleanPage(running.browser, viewport, test);
const record = (page: Page, name: string) => recordScreen(page, name);

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

describe('the Submit button only when the return can be submitted', () => {
  it.each(SIZES)(
    'an approver sees why an incomplete return cannot be submitted, and no Submit button (%s)',
    async (name, viewport) => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, APPROVER);
        await page.goto(`${running.product.url}/councils/${LA}/returns/${INCOMPLETE}/check`);
        const warning = page.locator('.govuk-warning-text', {
          hasText: 'The return cannot be submitted yet',
        });
        await warning.waitFor();
        const reasons = await warning.locator('li').allInnerTexts();
        expect(reasons).toEqual(
          expect.arrayContaining([
            'Enter high needs block expenditure',
            'Enter forecast cumulative DSG deficit at the year end',
          ]),
        );
        expect(await page.getByRole('button', { name: 'Submit return' }).count()).toBe(0);
        expect(await page.getByLabel('Role').count()).toBe(0);
        await record(page, `submit-hidden-incomplete-${name}`);
      });
    },
  );

  it.each(SIZES)('offers Submit once the return is complete (%s)', async (name, viewport) => {
    await withPage(viewport, async (page) => {
      await signIn(page, running.product.url, APPROVER);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${COMPLETE}/check`);
      await page.getByRole('button', { name: 'Submit return' }).waitFor();
      expect(
        await page.locator('.govuk-warning-text', { hasText: 'cannot be submitted' }).count(),
      ).toBe(0);
      await record(page, `submit-shown-complete-${name}`);
    });
  });
});

describe('the agreed figure beside the forecasts', () => {
  it.each(SIZES)(
    'the finance page shows the plan’s cumulative deficit for the return’s year (%s)',
    async (name, viewport) => {
      const year = periodFinancialYear(COMPLETE);
      const planned = testAgreement().trajectory.find((t) => t.financialYear === year);
      if (!planned) throw new Error(`no plan for ${year}`);
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, EDITOR);
        await page.goto(`${running.product.url}/councils/${LA}/returns/${COMPLETE}/finance`);
        const agreed = page.locator('#finance-forecastCumulativeDeficit-agreed');
        await agreed.waitFor();
        expect(await agreed.innerText()).toBe(
          `Agreed in the plan for ${year}: ${describeDeficit(planned.plannedCumulativeDeficit)}`,
        );
        // Read out with the field, and only beside the figures the plan gives.
        expect(
          await page.locator('#finance-forecastCumulativeDeficit').getAttribute('aria-describedby'),
        ).toContain('finance-forecastCumulativeDeficit-agreed');
        expect(await page.locator('#finance-highNeedsIncome-agreed').count()).toBe(0);
        await record(page, `finance-agreed-figure-${name}`);
      });
    },
  );
});

describe('alerts by council, and their actions on a narrow screen', () => {
  it.each(SIZES)(
    'DfE narrows the alerts to one council with an address to share, and can reach each action (%s)',
    async (name, viewport) => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        await page.goto(`${running.product.url}/alerts`);
        const table = page.getByRole('table', { name: 'Alerts across councils' });
        await table.waitFor();
        await page.getByLabel('Council', { exact: true }).selectOption({ label: 'Bury' });
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL((url) => url.searchParams.get('laCode') === '351');
        await page
          .getByRole('status')
          .filter({ hasText: /\d+ alerts?/ })
          .waitFor();
        const councils = await table.locator('tbody td[data-label="Council"]').allInnerTexts();
        expect(councils.length).toBeGreaterThan(0);
        expect(new Set(councils)).toEqual(new Set(['Bury']));

        // The address alone opens the same list, the council chosen.
        const shared = page.url();
        await page.goto(shared);
        await table.waitFor();
        expect(await page.getByLabel('Council', { exact: true }).inputValue()).toBe('351');
        expect(
          new Set(await table.locator('tbody td[data-label="Council"]').allInnerTexts()),
        ).toEqual(new Set(['Bury']));

        // Every Acknowledge link is within the window, none in a region scrolled sideways.
        const region = page.getByRole('region', { name: 'Alerts across councils' });
        expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
        const actions = table.getByRole('link', { name: /^Acknowledge/ });
        expect(await actions.count()).toBeGreaterThan(0);
        const box = await actions.first().boundingBox();
        expect(box).not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
        await record(page, `alerts-by-council-${name}`);
      });
    },
  );
});

describe('the comparison chart on a narrow screen', () => {
  it.each(SIZES)(
    'keeps the lines readable, its key beneath it, with four councils and their plans (%s)',
    async (name, viewport) => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        await page.goto(
          `${running.product.url}/compare?measure=finance.forecastCumulativeDeficit&laCodes=351,865,839,801`,
        );
        const canvas = page.locator('.app-chart canvas');
        await canvas.waitFor();
        // The plot itself (the canvas holds no key any more), once Chart.js has loaded and
        // sized the canvas to its box.
        await expect
          .poll(async () => (await canvas.boundingBox())?.height ?? 0, { timeout: 10_000 })
          .toBeGreaterThanOrEqual(250);
        const key = page.locator('.app-chart-key__item');
        expect(await key.count()).toBeGreaterThanOrEqual(4);
        expect(await key.allInnerTexts()).toEqual(
          expect.arrayContaining([expect.stringContaining('Bury')]),
        );
        await record(page, `compare-chart-${name}`);
      });
    },
  );
});

describe('the audit trail, by name and in words', () => {
  it.each(SIZES)(
    'names people, says what changed before → after, and filters by who, what and when in the address (%s)',
    async (name, viewport) => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        await page.goto(`${running.product.url}/councils/351/audit`);
        const table = page.getByRole('table', { name: 'Audit trail, newest first' });
        await table.waitFor();
        const who = await table.locator('tbody td[data-label="Who"]').allInnerTexts();
        expect(who.join('\n')).not.toContain('demo-seed');

        const form = page.locator('form.app-filters');
        await form
          .getByLabel('Who')
          .selectOption({ label: 'Bury Section 151 officer (Council approver)' });
        await form.getByLabel('What').selectOption({ label: 'Return submitted' });
        await form.getByLabel('From').fill('2024-04-01');
        await form.getByLabel('To').fill('2025-03-31');
        await form.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL((url) => url.searchParams.get('action') === 'return.submitted');
        const shared = new URL(page.url());
        expect(Object.fromEntries(shared.searchParams)).toEqual({
          actor: 'Bury Section 151 officer',
          action: 'return.submitted',
          from: '2024-04-01',
          to: '2025-03-31',
        });
        await page
          .getByRole('status')
          .filter({ hasText: /^Page 1/ })
          .waitFor();
        const rows = table.locator('tbody tr');
        expect(await rows.count()).toBeGreaterThan(0);
        for (const row of await rows.all()) {
          expect(await row.locator('td[data-label="Who"]').innerText()).toContain(
            'Bury Section 151 officer',
          );
          expect(await row.locator('td[data-label="What"]').innerText()).toContain(
            'Return submitted',
          );
          expect(await row.locator('td[data-label="When"]').innerText()).toMatch(/202[45]/);
        }
        // What changed, in words: the status before and after, the sign-off, no JSON.
        await rows.first().getByText('What changed').click();
        const change = rows.first().locator('.app-audit-change');
        const text = await change.innerText();
        const status = change.locator('.govuk-summary-list__row', { hasText: 'Status' });
        expect(await status.locator('dt').innerText()).toBe('Status');
        expect((await status.locator('dd').innerText()).replace(/\s+/g, ' ')).toMatch(
          /^Draft → .*Submitted$/,
        );
        expect(text).toContain('Signed off by');
        expect(text).not.toMatch(/[{}"]/);
        await record(page, `audit-filtered-${name}`);

        // The address alone gives the same filtered trail.
        await page.goto(shared.toString());
        await table.waitFor();
        expect(await form.getByLabel('What').inputValue()).toBe('return.submitted');
        expect(await form.getByLabel('From').inputValue()).toBe('2024-04-01');

        // A day that is not a date is refused with the error summary, nothing applied.
        await form.getByLabel('From').fill('31/03/2024');
        await form.getByRole('button', { name: 'Apply filters' }).click();
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        expect(await summary.innerText()).toContain('Enter the first day as a date');
        expect(new URL(page.url()).searchParams.get('from')).toBe('2024-04-01');
      });
    },
  );
});
