import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  NARROW,
  recordScreen,
  runProductAndChromium,
  scrollsSideways,
  signIn,
  withCleanPage,
  type Viewport,
} from './support';

const REVIEWER = 'Rob Kowalski';
const ADMIN = 'Dana Adeyemi';
const BURY_EDITOR = 'Bury SEND finance officer';
const BURY_APPROVER = 'Bury Section 151 officer';

// The demo: Bury's plan is a draft with four of seven sections written, Wiltshire's is
// submitted, Bristol's approved with a payable grant.
const running = runProductAndChromium('demo');

// The errors the tests ask for on purpose log their refused request's status.
const withPage = (viewport: Viewport, test: (page: Page) => Promise<void>) =>
  withCleanPage(running.browser, viewport, test, { expected: /status of 422/ });
const record = (page: Page, name: string) => recordScreen(page, name);

async function writeSection(page: Page, title: RegExp, text: string) {
  await page.getByRole('link', { name: title }).click();
  await page.getByLabel('What the area will do').fill(text);
  await page.locator('#action-0-title').fill('Open two new resourced provisions');
  await page.locator('#action-0-owner').fill('Head of SEND');
  await page.locator('#action-0-dueOn').fill('2026-09-30');
  await page.getByLabel('Scorecard measures').fill('mainstream-ehcp-pct');
  await page.getByRole('button', { name: 'Save and return to the plan' }).click();
  await page.getByText('Section saved').waitFor();
}

describe('the local SEND reform plan', () => {
  it('is written section by section, checked, signed off and submitted by the council', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, BURY_EDITOR);
      await page.goto(`${running.product.url}/councils/351/reform-plan`);
      await page.locator('.govuk-task-list').waitFor();
      expect(await page.getByText('You have written 4 of 7 sections.').count()).toBe(1);
      await record(page, 'reform-plan-task-list');

      await page.getByRole('link', { name: /^Shared: partners working together/ }).click();
      await page.getByLabel('What the area will do').waitFor();
      await page.locator('#action-0-title').fill('Agree joint commissioning with the ICB');
      await page.locator('#action-0-dueOn').fill('2026-02-30');
      await page.getByRole('button', { name: 'Save and return to the plan' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.locator('li').allInnerTexts()).toEqual([
        'The due date must be a date written YYYY-MM-DD',
      ]);
      await record(page, 'reform-plan-section-error');
      await page.locator('#action-0-dueOn').fill('2026-03-31');
      await page
        .getByLabel('What the area will do')
        .fill('Health, care and schools fund support together.');
      await page.getByRole('button', { name: 'Save and return to the plan' }).click();
      await page.getByText('Section saved').waitFor();
      await page.getByText('You have written 5 of 7 sections.').waitFor();
    });

    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, BURY_APPROVER);
      await page.goto(`${running.product.url}/councils/351/reform-plan/check`);
      await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await page.getByLabel('Your name').fill('Sam Patel');
      await page.getByLabel('Your role').fill('Section 151 officer');
      await page.getByRole('button', { name: 'Sign off and submit' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.locator('li').allInnerTexts()).toEqual([
        'Enter the text for “Finance: a sustainable high needs budget”',
        'Enter the text for “Sufficiency and capital: specialist places”',
      ]);
      await record(page, 'reform-plan-check-incomplete');

      await summary.getByRole('link', { name: /Finance/ }).click();
      await page
        .getByLabel('What the area will do')
        .fill('Balance the high needs budget by 2028-29.');
      await page.getByRole('button', { name: 'Save and return to the plan' }).click();
      await page.getByText('Section saved').waitFor();
      await writeSection(page, /^Sufficiency and capital/, 'Ninety new local specialist places.');

      await page.getByRole('button', { name: 'Check your answers' }).click();
      await page.getByLabel('Your name').fill('Sam Patel');
      await page.getByLabel('Your role').fill('Section 151 officer');
      await record(page, 'reform-plan-check');
      await page.getByRole('button', { name: 'Sign off and submit' }).click();
      await page.getByText('Reform plan submitted').waitFor();
      await page.getByText('Submitted to DfE').first().waitFor();
      await record(page, 'reform-plan-submitted');
    });
  }, 240_000);

  it('is reviewed by DfE section by section, then approved', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/councils/865/reform-plan`);
      await page.getByRole('button', { name: 'Review this plan' }).click();
      await page.getByRole('button', { name: 'Confirm review' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.locator('li').count()).toBe(8); // seven ratings and the decision
      await record(page, 'reform-plan-review-error');

      const groups = page.locator('.app-review-section');
      for (let i = 0; i < (await groups.count()); i++) {
        await groups.nth(i).getByLabel('Meets requirements', { exact: true }).check();
      }
      await page.getByLabel('Approve the plan').check();
      await page.getByRole('button', { name: 'Confirm review' }).click();
      await page.getByText('Reform plan approved').waitFor();
      await page.getByText('Approved by DfE').first().waitFor();
      await record(page, 'reform-plan-approved');
    });
  });

  it('shows the grant’s sources side by side, and DfE releases it once', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      await page.goto(`${running.product.url}/councils/801/stability-grant`);
      await page.getByRole('table', { name: /each source records it/ }).waitFor();
      expect(await page.getByText('DfE has determined which source counts').count()).toBe(1);
      expect(await page.getByText('£55,890,000').count()).toBeGreaterThan(0);
      await record(page, 'stability-grant-payable');

      await page.getByRole('button', { name: /^Release/ }).click();
      await page.locator('.govuk-error-summary').waitFor();
      await page.getByLabel('Reason').fill('Plan approved; the revenue outturn counts.');
      await page.getByRole('button', { name: /^Release/ }).click();
      await page.getByRole('heading', { name: 'Grant released' }).waitFor();
      expect(await page.getByRole('button', { name: /^Release/ }).count()).toBe(0);
      await record(page, 'stability-grant-paid');

      await page.goto(`${running.product.url}/overview`);
      await page.getByRole('columnheader', { name: 'Stability grant' }).waitFor();
    });
  });

  it('works at 320 pixels wide', async () => {
    await withPage(NARROW, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      for (const [path, name] of [
        ['/councils/839/reform-plan', 'reform-plan-returned-narrow'],
        ['/councils/839/stability-grant', 'stability-grant-narrow'],
      ] as const) {
        await page.goto(`${running.product.url}${path}`);
        await page.locator('h1').waitFor();
        await page.locator('.govuk-summary-list').first().waitFor();
        expect(await scrollsSideways(page)).toBe(false);
        await record(page, name);
      }
    });
  });
});
