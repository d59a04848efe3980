import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_COUNCIL, setUpTestCouncil, today } from './fixtures';
import {
  DESKTOP,
  NARROW,
  recordScreen,
  runProductAndChromium,
  signIn,
  withCleanPage,
  type Viewport,
} from './support';

const EDITOR = `${TEST_COUNCIL.name} SEND finance officer`;
const ADMIN = 'Dana Adeyemi';
const REVIEWER = 'Rob Kowalski';
const BURY_VIEWER = 'Bury Finance analyst';
const LA = TEST_COUNCIL.laCode;
const BID = 'sp-2026';

const running = runProductAndChromium('demo', (product) => setUpTestCouncil(product.url));

// A refused request the test makes on purpose logs its status; nothing else may fail.
const withPage = (viewport: Viewport, test: (page: Page) => Promise<void>) =>
  withCleanPage(running.browser, viewport, test, { expected: /status of (409|422)/ });
const record = (page: Page, name: string) => recordScreen(page, name);

async function summaryItems(page: Page): Promise<string[]> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  return summary.locator('li').allInnerTexts();
}

describe('capital bids for specialist places', () => {
  it('a council editor enters a bid with its schemes', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.getByRole('link', { name: 'Capital', exact: true }).click();
      await page.getByRole('heading', { name: 'Capital bids for specialist places' }).waitFor();
      await record(page, 'capital-council-empty');

      await page.getByRole('link', { name: 'Enter a capital bid' }).click();
      await page.getByRole('button', { name: 'Save the bid' }).click();
      expect(await summaryItems(page)).toEqual([
        'Enter a reference for the bid',
        'Enter a title for the bid',
        'Enter the amount requested from DfE',
        'Enter a reference for the scheme 1',
        'Enter a title for scheme 1',
        'Select the provision scheme 1 creates',
        'Enter the cost of scheme 1',
      ]);
      await record(page, 'capital-bid-entry-errors');

      await page.getByLabel('Reference', { exact: true }).first().fill(BID);
      await page.getByLabel('Title', { exact: true }).first().fill('Specialist places bid 2026');
      await page.getByLabel('Date submitted to DfE (optional)').fill(today());
      await page.getByLabel('Amount requested from DfE').fill('£1m');
      const first = page.locator('fieldset').filter({ hasText: 'Scheme 1' });
      await first.getByLabel('Reference').fill('rp-north');
      await first.getByLabel('Title').fill('Resourced provision, North Primary');
      await first.getByLabel('Provision it creates').selectOption('resourced-provision');
      await first.getByLabel('Places (optional)').fill('12');
      await first.getByLabel('Cost').fill('600,000');
      await page.getByRole('button', { name: 'Add another scheme' }).click();
      const second = page.locator('fieldset').filter({ hasText: 'Scheme 2' });
      await second.getByLabel('Reference').fill('special-south');
      await second.getByLabel('Title').fill('Special school expansion, South');
      await second.getByLabel('Provision it creates').selectOption('special');
      await second.getByLabel('Places (optional)').fill('20');
      await second.getByLabel('Cost').fill('500,000');

      // The schemes funded from the bid cost £1.1m, more than the £1m asked: the API says so.
      await page.getByRole('button', { name: 'Save the bid' }).click();
      // The summary of the first attempt stays until the API answers: wait for its answer.
      await page
        .locator('.govuk-error-summary li')
        .filter({ hasText: /^The amount requested is less than the £1,100,000/ })
        .waitFor();
      expect((await summaryItems(page))[0]).toMatch(
        /^The amount requested is less than the £1,100,000/,
      );
      await page.getByLabel('Amount requested from DfE').fill('£1.1m');
      await page.getByRole('button', { name: 'Save the bid' }).click();

      await page.getByText('Capital bid entered').waitFor();
      await page.getByRole('heading', { name: 'Specialist places bid 2026' }).waitFor();
      const rows = await page.locator('table tbody tr').allInnerTexts();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toContain('Resourced provision, North Primary');
      expect(await page.locator('.govuk-summary-list').innerText()).toContain(
        '32 planned, 0 delivered',
      );
      await record(page, 'capital-bid-entered');
    });
  });

  it('DfE records its decision, with support per scheme, once', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      await page.goto(`${running.product.url}/capital-bids`);
      await page.getByRole('link', { name: 'Specialist places bid 2026' }).click();
      await page.getByRole('link', { name: "Record DfE's decision" }).click();
      await page.getByLabel('Date of the decision').fill(today());
      await page.getByLabel('Amount awarded').fill('£2m');
      await page.getByRole('button', { name: 'Record the decision' }).click();
      expect(await summaryItems(page)).toEqual([
        'The amount awarded must not exceed the £1,100,000 requested',
      ]);
      await record(page, 'capital-decision-error');

      await page.getByLabel('Amount awarded').fill('£800,000');
      await page.getByLabel('Note (optional)').fill('Strong support for the resourced provision.');
      const first = page.locator('fieldset').filter({ hasText: 'Scheme 1' });
      await first.getByLabel("DfE's support").selectOption('strong');
      await first.getByLabel('Amount for this scheme (optional)').fill('600,000');
      const second = page.locator('fieldset').filter({ hasText: 'Scheme 2' });
      await second.getByLabel("DfE's support").selectOption('further-consideration');
      await page.getByRole('button', { name: 'Record the decision' }).click();

      await page.getByText('Bid awarded').waitFor();
      const summary = await page.locator('.govuk-summary-list').innerText();
      expect(summary).toContain('£800,000 of £1,100,000');
      expect(summary).toContain('not yet given to a scheme: £200,000');
      const rows = await page.locator('table tbody tr').allInnerTexts();
      expect(rows[0]).toContain('Strong support');
      expect(rows[1]).toContain('Further consideration');
      // Decided once: there is nothing more to decide.
      expect(await page.getByRole('link', { name: "Record DfE's decision" }).count()).toBe(0);
      await record(page, 'capital-bid-decided');
    });
  });

  it('the council records a scheme opening, and its places count as delivered', async () => {
    await withPage(NARROW, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.goto(`${running.product.url}/councils/${LA}/capital/${BID}`);
      // Decided: the bid can no longer be changed, but delivery goes on.
      await page.getByRole('heading', { name: 'Specialist places bid 2026' }).waitFor();
      expect(await page.getByRole('link', { name: 'Change the bid' }).count()).toBe(0);
      await page
        .getByRole('link', { name: 'Record progress of Resourced provision, North Primary' })
        .click();
      await page.getByLabel('Open', { exact: true }).check();
      await page.getByRole('button', { name: 'Record progress' }).click();
      expect(await summaryItems(page)).toEqual([
        'Enter the date the scheme opened',
        'Enter the places the scheme delivered',
      ]);
      await record(page, 'capital-progress-errors-320');

      await page.getByLabel('Date it opened').fill(today());
      await page.getByLabel('Places delivered').fill('12');
      await page.getByRole('button', { name: 'Record progress' }).click();
      await page.locator('.govuk-notification-banner').getByText('Scheme open').waitFor();
      expect(await page.locator('.govuk-summary-list').innerText()).toContain(
        '32 planned, 12 delivered',
      );
      expect((await page.locator('table tbody tr').allInnerTexts())[0]).toContain('12 places');
      await record(page, 'capital-scheme-open-320');
    });
  });

  it("DfE sees every council's bids: awaiting a decision, awarded, places delivered", async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'capital-across-councils'],
      [NARROW, 'capital-across-councils-320'],
    ] as const) {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        // At 320 px the service navigation folds into a menu: go there directly.
        await page.goto(`${running.product.url}/capital-bids`);
        await page.getByRole('heading', { name: 'Capital bids for specialist places' }).waitFor();
        const awaiting = await page
          .locator('table')
          .filter({ hasText: 'Awaiting decision (' })
          .innerText();
        expect(awaiting).toContain('Bournemouth, Christchurch and Poole');
        expect(awaiting).toContain('Wiltshire');
        const awarded = await page.locator('table').filter({ hasText: 'Awarded (' }).innerText();
        expect(awarded).toContain('Bury');
        expect(awarded).toContain('£3.781m');
        const download = page.getByRole('link', { name: /as a spreadsheet \(Excel\)/ });
        expect(await download.count()).toBe(1);
        await record(page, name);
      });
    }
  });

  it("Bury's capital page shows its bid beside the children awaiting a specialist place", async () => {
    await withPage(NARROW, async (page) => {
      await signIn(page, running.product.url, BURY_VIEWER);
      await page.goto(`${running.product.url}/councils/351/capital`);
      const summary = page.locator('.govuk-summary-list');
      await summary.waitFor();
      const text = await summary.innerText();
      expect(text).toContain('£6.275m');
      // The reports give no places scheme by scheme: the demo's are invented, and say so.
      expect(text).toMatch(/Places planned\s+\d+ \(illustrative\)/);
      expect(text).toMatch(
        /Children awaiting a specialist place\s+\d+ \(return for \d{4}-\d{2} quarter \d\)/,
      );
      await page.getByRole('link', { name: /High needs provision capital bid 2021/ }).click();
      await page.getByText('Vision House').first().waitFor();
      expect(await page.locator('.govuk-summary-list').first().innerText()).toMatch(
        /Places\s+\d+ \(illustrative\) planned/,
      );
      await record(page, 'capital-bury-bid-320');
    });
  });
});
