import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMillions, periodFinancialYear } from '../../shared/domain';
import { periodName } from '../../web/src/display/labels';
import { TEST_COUNCIL, apiAs, reportingPeriod, setUpTestCouncil, testAgreement } from './fixtures';
import {
  DESKTOP,
  NARROW,
  eventually,
  recordScreen,
  runProductAndChromium,
  scrollsSideways,
  signIn,
  withCleanPage,
  type Viewport,
} from './support';

const EDITOR = `${TEST_COUNCIL.name} SEND finance officer`;
const APPROVER = `${TEST_COUNCIL.name} Section 151 officer`;
const REVIEWER = 'Rob Kowalski';
const LA = TEST_COUNCIL.laCode;
const PERIOD = reportingPeriod();
const PERIOD_NAME = periodName(PERIOD);

const running = runProductAndChromium('demo', (product) => setUpTestCouncil(product.url));

const withPage = (
  viewport: Viewport,
  test: (page: Page) => Promise<void>,
  options?: { expected?: RegExp },
) => withCleanPage(running.browser, viewport, test, options);

async function heading(page: Page): Promise<string> {
  return page.locator('#main-content h1').innerText();
}

/** Checks the page with axe, that it does not scroll sideways, and keeps a screenshot. */
const record = (page: Page, name: string) => recordScreen(page, name);

async function saveAndContinue(page: Page, next: string): Promise<void> {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.locator('#main-content h1', { hasText: next }).waitFor();
}

describe('a council prepares and submits its return, and DfE reviews it', () => {
  it('lets an editor fill in the return section by section and save it', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      expect(new URL(page.url()).pathname).toBe(`/councils/${LA}`);
      await page.locator('table').first().waitFor();
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `${PERIOD_NAME}, overdue since`,
      );
      await record(page, 'council-home');

      await page.getByRole('link', { name: `Start the return for ${PERIOD_NAME}` }).click();
      await page.locator('.govuk-task-list').waitFor();
      expect(await heading(page)).toBe(`Return for ${PERIOD_NAME}`);
      await record(page, 'return-task-list');

      // Finance: money as people type it, read back before it is saved.
      await page.getByRole('link', { name: 'Finance' }).click();
      await page.locator('#main-content h1', { hasText: 'Finance' }).waitFor();
      await page.getByLabel('High needs block income', { exact: true }).fill('48,000,000');
      await page.getByLabel('High needs block expenditure', { exact: true }).fill('£47.5m');
      await page.getByLabel('Forecast in-year DSG balance', { exact: true }).fill('-£2.5m');
      const forecast = page.getByLabel('Forecast cumulative DSG deficit at the year end', {
        exact: true,
      });
      await forecast.fill('£40m');
      expect(await page.locator('#finance-forecastCumulativeDeficit-preview').innerText()).toBe(
        'Reads as £40,000,000 (£40.000m)',
      );
      // Invalid money is an error on the field before anything is sent.
      await page.getByLabel('Savings target for the year (optional)').fill('about 3m');
      let puts = 0;
      page.on('request', (request) => {
        if (request.method() === 'PUT') puts += 1;
      });
      await page.getByRole('button', { name: 'Save and continue' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toContain(
        'Enter savings target for the year in pounds, like £20,067,000 or £20.067m',
      );
      expect(await page.locator('#finance-savingsTarget-error').innerText()).toContain(
        'Enter savings target for the year in pounds',
      );
      expect(puts).toBe(0);
      await page.waitForFunction(() => document.title.startsWith('Error: Finance'));
      await record(page, 'return-finance-error');
      await summary.getByRole('link').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('finance-savingsTarget');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('£3m');
      await saveAndContinue(page, 'Demand');
      expect(puts).toBe(1);

      await page.getByLabel('EHCPs maintained', { exact: true }).fill('2,380');
      await page.getByLabel('New EHCPs issued in the period', { exact: true }).fill('95');
      await page.getByLabel('New EHCPs issued within 20 weeks (optional)').fill('52.5%');
      await record(page, 'return-demand');
      await saveAndContinue(page, 'Placements');

      const placements: [string, string][] = [
        ['Mainstream schools', '900'],
        ['Resourced provision or SEN units', '120'],
        ['Local authority maintained special schools', '700'],
        ['Academy and free special schools', '250'],
        ['Independent special schools', '110'],
        ['Non-maintained special schools', '20'],
        ['Alternative provision or pupil referral units', '30'],
        ['Post-16 and further education', '200'],
        ['Other settings', '50'],
      ];
      for (const [label, value] of placements) {
        await page.getByLabel(label, { exact: true }).fill(value);
      }
      expect(await page.locator('.govuk-inset-text').innerText()).toContain(
        'add up to 2,380 of the 2,380 EHCPs maintained',
      );
      await record(page, 'return-placements');
      await saveAndContinue(page, 'Conditions');

      for (const [index, status, statement] of [
        [1, 'On track', 'Inclusion fund in place across 40 schools.'],
        [2, 'At risk', 'New placements are still rising.'],
      ] as const) {
        await page
          .getByRole('group', { name: `Status of condition ${index}` })
          .getByLabel(status)
          .check();
        await page.getByLabel(`Position statement for condition ${index}`).fill(statement);
      }
      await record(page, 'return-conditions');
      await saveAndContinue(page, 'Workstreams');

      await page.getByLabel('Name', { exact: true }).fill('Graduated approach');
      await page.getByRole('group', { name: 'RAG rating' }).getByLabel('Amber').check();
      await page.getByRole('button', { name: 'Add another workstream' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'workstreams-1-name');
      await page.keyboard.type('Workforce');
      await page.getByRole('group', { name: 'RAG rating' }).nth(1).getByLabel('Red').check();
      await page.getByRole('button', { name: 'Add another workstream' }).click();
      await page.getByRole('button', { name: 'Remove workstream 3' }).click();
      expect(await page.locator('fieldset.app-repeated-section').count()).toBe(2);
      await record(page, 'return-workstreams');
      await saveAndContinue(page, 'Risks');

      await page.getByLabel('Risk', { exact: true }).fill('EHCP requests above forecast');
      await page.getByRole('group', { name: 'RAG rating' }).getByLabel('Red').check();
      await page.getByLabel('Mitigation (optional)').fill('Early help panel.');
      await saveAndContinue(page, 'Narrative');
      await page
        .getByLabel('Narrative')
        .fill('Spending is above plan: demand is higher than forecast.');

      // Save a draft and come back to the task list.
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByText('Your draft has been saved').waitFor();
      await page.locator('.govuk-task-list').waitFor();
      expect(await page.locator('.govuk-task-list__status').allInnerTexts()).toEqual([
        'Completed',
        'Completed',
        'Completed',
        'Completed',
        'Completed',
        'Completed',
        'Completed',
      ]);

      await page.getByRole('button', { name: 'Check your answers' }).click();
      await page.locator('.govuk-summary-card').first().waitFor();
      expect(await heading(page)).toBe('Check your answers before submitting the return');
      const answers = await page.locator('#main-content').innerText();
      expect(answers).toContain('£40.000m');
      expect(answers).toContain('£2.500m deficit');
      expect(answers).toContain('A council approver');
      expect(await page.getByRole('button', { name: 'Submit return' }).count()).toBe(0);
      await record(page, 'return-check-answers-editor');
    });
  });

  it('lets an approver sign it off and submit it', async () => {
    await withPage(
      DESKTOP,
      async (page) => {
        await signIn(page, running.product.url, APPROVER);
        await page.goto(`${running.product.url}/councils/${LA}/returns/${PERIOD}/check`);
        await page.getByRole('button', { name: 'Submit return' }).waitFor();
        expect(await page.getByLabel('Full name').inputValue()).toBe(APPROVER);

        // The sign-off needs a role.
        await page.getByRole('button', { name: 'Submit return' }).click();
        await page.locator('.govuk-error-summary').waitFor();
        expect(await page.locator('#signOff-role-error').innerText()).toContain(
          'Enter the role of the officer signing off',
        );
        await record(page, 'return-sign-off-error');

        const keys: string[] = [];
        page.on('request', (request) => {
          if (request.url().endsWith('/submit'))
            keys.push(request.headers()['idempotency-key'] ?? '');
        });
        // The first attempt's connection drops: nobody knows whether it went through, so the
        // retry carries the same key and the API submits the return once.
        let dropped = false;
        await page.route('**/submit', async (route) => {
          if (dropped) return route.continue();
          dropped = true;
          await route.abort('connectionreset');
        });
        await page.getByLabel('Role').fill('Section 151 officer');
        await page.getByRole('button', { name: 'Submit return' }).click();
        await page.getByText('Your return may not have been submitted').waitFor();
        await page.getByRole('button', { name: 'Submit return' }).click();
        await page.locator('.govuk-panel').waitFor();
        expect(await heading(page)).toBe('Return submitted');
        expect(await page.locator('.govuk-panel__body').innerText()).toContain(PERIOD_NAME);
        expect(keys).toHaveLength(2);
        expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
        expect(keys[1]).toBe(keys[0]);
        await record(page, 'return-submitted');

        await page.getByRole('link', { name: 'View the submitted return' }).click();
        await page.getByText('What the council reported').waitFor();
        expect(await page.getByRole('link', { name: 'Finance' }).count()).toBe(0);
        await record(page, 'return-read-only');
      },
      // A request cut short by the page moving on may log a reset connection.
      { expected: /ERR_CONNECTION_RESET/ },
    );
  });

  it('raises an alert that DfE sees on the overview, and DfE sends the return back', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      // The alert worker raises the alert within seconds of the submission: look again until it has.
      const row = page.locator('tbody tr', { hasText: TEST_COUNCIL.name });
      await eventually(async () => {
        await page.goto(`${running.product.url}/overview?period=${PERIOD}&sort=variance`);
        await row.waitFor();
        const text = await row.innerText();
        return /Red/.test(text) && /1 red/.test(text) ? text : undefined;
      }, 'the red alert on the overview');
      const text = await row.innerText();
      expect(text).toContain('Submitted');
      expect(text).toContain('£40.000m');
      expect(text).toMatch(/over plan/);
      // Sorted by variance, the council far above its plan comes first.
      expect(await page.locator('tbody tr').first().innerText()).toContain(TEST_COUNCIL.name);
      await record(page, 'overview');

      await row.getByRole('link', { name: TEST_COUNCIL.name, exact: true }).click();
      await page.getByText('Deficit above trajectory').first().waitFor();
      await record(page, 'council-home-dfe');

      await page
        .locator('table')
        .getByRole('link', { name: `Review the return for ${PERIOD_NAME}` })
        .click();
      await page.getByRole('button', { name: 'Review this return' }).click();
      await page.getByRole('group', { name: 'Your decision' }).waitFor();
      const planned = testAgreement().trajectory.find(
        (year) => year.financialYear === periodFinancialYear(PERIOD),
      )?.plannedCumulativeDeficit;
      expect(await page.locator('#main-content').innerText()).toContain(
        `${formatMillions(40_000_000 - (planned ?? 0))} over plan`,
      );

      await page.getByLabel('Return it to the council').check();
      await page.getByRole('button', { name: 'Confirm decision' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('#comments-error').innerText()).toContain(
        'Enter comments to say why the return is sent back',
      );
      await record(page, 'return-review-error');

      await page
        .getByLabel('Comments')
        .fill('The forecast of £40m is far above the agreed £18.5m. Check the figure.');
      await page.getByRole('button', { name: 'Confirm decision' }).click();
      await page.getByText(`Return sent back to ${TEST_COUNCIL.name}`).waitFor();
      await record(page, 'return-returned-dfe');
    });
  });

  it('shows the editor the comments, and the return can be fixed and submitted again', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.getByRole('link', { name: `Continue the return for ${PERIOD_NAME}` }).click();
      const comments = page.getByTestId('review-comments');
      await comments.waitFor();
      expect(await comments.innerText()).toContain('The forecast of £40m is far above');
      await record(page, 'return-returned-council');

      await page.getByRole('link', { name: 'Finance' }).click();
      await page
        .getByLabel('Forecast cumulative DSG deficit at the year end', { exact: true })
        .fill('18.6m');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByText('Your draft has been saved').waitFor();
    });

    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, APPROVER);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${PERIOD}/check`);
      await page.getByLabel('Role').fill('Section 151 officer');
      await page.getByRole('button', { name: 'Submit return' }).click();
      await page.locator('.govuk-panel').waitFor();
    });

    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${PERIOD}/review`);
      await page.getByLabel('Accept the return').check();
      await page.getByRole('button', { name: 'Confirm decision' }).click();
      await page.getByText('Return accepted').waitFor();
      await page.locator('.govuk-tag', { hasText: 'Accepted' }).waitFor();
    });
  });
});

describe('saving when someone else has saved, and problems from the API', () => {
  const period = '2025-26-Q1';

  it('says so when someone else saved first, and loads their version', async () => {
    const editor = { sub: 'other-editor', role: 'council-editor' as const, laCode: LA };
    const path = `/api/v1/councils/${LA}/returns/${period}`;
    const created = await apiAs(running.product.url, editor, 'PUT', path, {
      finance: { highNeedsIncome: 40_000_000 },
    });
    expect(created.status).toBe(201);

    await withPage(
      DESKTOP,
      async (page) => {
        await signIn(page, running.product.url, EDITOR);
        await page.goto(`${running.product.url}/councils/${LA}/returns/${period}/finance`);
        const income = page.getByLabel('High needs block income', { exact: true });
        await income.waitFor();
        expect(await income.inputValue()).toBe('£40,000,000');

        // Meanwhile a colleague saves version 2.
        const saved = await apiAs(
          running.product.url,
          editor,
          'PUT',
          path,
          { finance: { highNeedsIncome: 41_000_000 } },
          { 'If-Match': '"1"' },
        );
        expect(saved.status).toBe(200);

        await income.fill('£42m');
        await page.getByRole('button', { name: 'Save draft' }).click();
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        expect(await summary.innerText()).toContain(
          'Someone else has saved this return since you opened it',
        );
        await record(page, 'return-conflict');

        await page.getByRole('button', { name: 'Reload their version' }).click();
        await page.getByText('This is the latest saved version of the return').waitFor();
        expect(await income.inputValue()).toBe('£41,000,000');
      },
      // The save refused as stale (412) logs its status.
      { expected: /412/ },
    );
  });

  it('puts the API’s validation problems on the fields they are about', async () => {
    await withPage(
      DESKTOP,
      async (page) => {
        await signIn(page, running.product.url, EDITOR);
        await page.route(`**/api/v1/councils/${LA}/returns/${period}`, async (route) => {
          if (route.request().method() !== 'PUT') return route.continue();
          await route.fulfill({
            status: 422,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: '/api/problems/422',
              title: 'Invalid content',
              status: 422,
              detail: 'The request body is not valid.',
              errors: [
                { path: 'conditions[1].statement', message: 'enter a position statement' },
                { path: 'conditions[0].evidence', message: 'must be at most 4000 characters' },
              ],
            }),
          });
        });
        await page.goto(`${running.product.url}/councils/${LA}/returns/${period}/conditions`);
        await page
          .getByRole('group', { name: 'Status of condition 1' })
          .getByLabel('Met', { exact: true })
          .check();
        await page.getByLabel('Evidence for condition 1 (optional)').fill('Reports.');
        await page
          .getByRole('group', { name: 'Status of condition 2' })
          .getByLabel('Met', { exact: true })
          .check();
        await page.getByRole('button', { name: 'Save and continue' }).click();
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        expect(await summary.locator('li').allInnerTexts()).toEqual([
          'Enter a position statement',
          'The evidence for “Raise the share of EHCPs in mainstream schools” must be at most 4000 characters',
        ]);
        expect(
          await page.locator('#conditions-inmss-placements-statement-error').innerText(),
        ).toContain('Enter a position statement');
        await record(page, 'return-api-errors');
      },
      // The refusal the test makes up logs its status.
      { expected: /status of 422/ },
    );
  });

  it('offers no Submit button while the return is incomplete, and lists what is missing, linked to each field', async () => {
    // The API's 422 for an incomplete submission is tested in test/api/returns.test.ts.
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, APPROVER);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${period}/check`);
      const warning = page.locator('.govuk-warning-text', {
        hasText: 'The return cannot be submitted yet',
      });
      await warning.waitFor();
      expect(await warning.innerText()).toContain('Enter forecast cumulative DSG deficit');
      expect(await page.getByRole('button', { name: 'Submit return' }).count()).toBe(0);
      expect(await page.getByTestId('submit-unavailable').innerText()).toContain(
        'You can sign off and submit the return once',
      );
      await record(page, 'return-submit-incomplete');
      await warning
        .getByRole('link', { name: 'Enter forecast cumulative DSG deficit at the year end' })
        .click();
      await page.waitForURL(`**/returns/${period}/finance#finance-forecastCumulativeDeficit`);
      await page.waitForFunction(
        () => document.activeElement?.id === 'finance-forecastCumulativeDeficit',
      );
    });
  });
});

describe('the return screens on a small screen and with a keyboard', () => {
  it('fits 320 pixels', async () => {
    await withPage(NARROW, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.locator('table').first().waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await record(page, 'council-home-320px');
      for (const [path, name] of [
        [`/councils/${LA}/returns/${PERIOD}`, 'return-read-only-320px'],
        [`/councils/${LA}/returns/2025-26-Q1/finance`, 'return-finance-320px'],
        [`/councils/${LA}/returns/2025-26-Q1/check`, 'return-check-answers-320px'],
      ] as const) {
        await page.goto(`${running.product.url}${path}`);
        await page.locator('#main-content h1').waitFor();
        await page
          .locator('#main-content .govuk-summary-list, #main-content form')
          .first()
          .waitFor();
        expect(await scrollsSideways(page), path).toBe(false);
        await record(page, name);
      }
    });
  });

  it('can be filled in with a keyboard alone', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.goto(`${running.product.url}/councils/${LA}/returns/2025-26-Q1/demand`);
      const total = page.getByLabel('EHCPs maintained', { exact: true });
      await total.waitFor();
      await total.focus();
      await page.keyboard.type('2,400');
      await page.keyboard.press('Tab');
      await page.keyboard.type('80');
      await page.keyboard.press('Enter');
      await page.locator('#main-content h1', { hasText: 'Placements' }).waitFor();
      // Focus moves to the new page's heading.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    });
  });
});
