import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { previousPeriod } from '../../shared/domain';
import type { ReturnDraft } from '../../shared/schemas/return-content';
import { periodName } from '../../web/src/display/labels';
import { TEST_COUNCIL, apiAs, completeReturn, reportingPeriod, setUpTestCouncil } from './fixtures';
import {
  DESKTOP,
  NARROW,
  recordScreen,
  scrollsSideways,
  signIn,
  runProductAndChromium,
  withCleanPage,
  type Viewport,
} from './support';

const LA = TEST_COUNCIL.laCode;
const EDITOR = `${TEST_COUNCIL.name} SEND finance officer`;
const APPROVER = `${TEST_COUNCIL.name} Section 151 officer`;
const VIEWER = `${TEST_COUNCIL.name} Finance analyst`;
const REVIEWER = 'Rob Kowalski';
/** The period submitted, returned and submitted again; the next one starts from it. */
const EARLIER = previousPeriod(reportingPeriod()) ?? reportingPeriod();
const LATER = reportingPeriod();

const editor = { sub: `council-editor-${LA}`, role: 'council-editor' as const, laCode: LA };
const approver = { sub: `council-approver-${LA}`, role: 'council-approver' as const, laCode: LA };
const reviewer = { sub: 'dfe-reviewer-1', role: 'dfe-reviewer' as const };
const base = `/api/v1/councils/${LA}/returns`;

const lists: Partial<ReturnDraft> = {
  workstreams: [{ name: 'Sufficiency of local places', rag: 'amber', note: 'Two schools late' }],
  risks: [{ title: 'Tribunal appeals rising', rag: 'red', mitigation: 'Mediation first' }],
};

async function put(period: string, content: ReturnDraft): Promise<void> {
  const current = await apiAs(running.product.url, editor, 'GET', `${base}/${period}`);
  const version = current.status === 200 ? (current.body as { version: number }).version : 0;
  const res = await apiAs(
    running.product.url,
    editor,
    'PUT',
    `${base}/${period}`,
    content,
    version ? { 'If-Match': `"${version}"` } : {},
  );
  if (res.status >= 300) throw new Error(`save ${period}: ${JSON.stringify(res.body)}`);
}

async function submit(period: string, key: string): Promise<void> {
  const res = await apiAs(
    running.product.url,
    approver,
    'POST',
    `${base}/${period}/submit`,
    { signOff: { name: APPROVER, role: 'Section 151 officer' } },
    { 'Idempotency-Key': key },
  );
  if (res.status !== 200) throw new Error(`submit ${period}: ${JSON.stringify(res.body)}`);
}

/** The earlier period: submitted, sent back by DfE with comments, changed and submitted again. */
async function resubmitted(url: string): Promise<void> {
  await setUpTestCouncil(url);
  await put(EARLIER, { ...completeReturn(20_000_000), ...lists });
  await submit(EARLIER, 'flow-first');
  const back = await apiAs(url, reviewer, 'POST', `${base}/${EARLIER}/review`, {
    decision: 'return',
    comments: 'Explain why the forecast is £2m above the plan.',
  });
  if (back.status !== 200) throw new Error(`review: ${JSON.stringify(back.body)}`);
  await put(EARLIER, {
    ...completeReturn(18_600_000),
    ...lists,
    narrative: 'Two placements moved in-house; the forecast now meets the plan.',
    conditions: (completeReturn(0).conditions ?? []).map((c) =>
      c.conditionId === 'inmss-placements'
        ? { ...c, evidence: 'Placement panel minutes, March: 12 moves to local special schools.' }
        : c,
    ),
  });
  await submit(EARLIER, 'flow-second');
}

const running = runProductAndChromium('demo', (product) => resubmitted(product.url));

const withPage = (viewport: Viewport, test: (page: Page) => Promise<void>) =>
  withCleanPage(running.browser, viewport, test);
// Sideways scrolling is checked where this flow asks for it, at the narrow width.
const record = (page: Page, name: string) => recordScreen(page, name, { sideways: true });

describe('the everyday flow of a return', () => {
  it.each([
    ['desktop', DESKTOP],
    ['narrow', NARROW],
  ] as const)(
    'shows the reviewer the whole resubmitted return, DfE’s comments and what changed (%s)',
    async (name, viewport) => {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        await page.goto(`${running.product.url}/councils/${LA}/returns/${EARLIER}/review`);
        const section = page.locator('section.app-resubmission');
        await section.waitFor();
        expect(await section.locator('h2').innerText()).toContain('Resubmission');
        expect(await page.getByTestId('earlier-comments').innerText()).toContain(
          'Explain why the forecast is £2m above the plan.',
        );
        const changes = section.locator('tbody tr');
        const rows = await changes.allInnerTexts();
        const forecast = rows.find((r) => r.includes('Forecast cumulative DSG deficit'));
        expect(forecast).toContain('£20.000m');
        expect(forecast).toContain('£18.600m');
        expect(rows.some((r) => r.includes('Narrative'))).toBe(true);
        // Unchanged answers are not listed as changes.
        expect(rows.some((r) => r.includes('High needs block income'))).toBe(false);

        // The whole return, every section, above the decision.
        const cards = await page.locator('.govuk-summary-card__title').allInnerTexts();
        expect(cards).toEqual(
          expect.arrayContaining(['Finance', 'Demand', 'Placements', 'Conditions', 'Risks']),
        );
        expect(await page.locator('#main-content').innerText()).toContain(
          'Tribunal appeals rising',
        );
        await page.getByRole('button', { name: 'Confirm decision' }).waitFor();
        if (name === 'narrow') expect(await scrollsSideways(page)).toBe(false);
        await record(page, `flow-review-resubmission-${name}`);
      });
    },
  );

  // Before the next period is submitted: the earlier return is still the latest.
  it('shows DfE the council’s latest evidence when assessing a condition', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, REVIEWER);
      await page.goto(`${running.product.url}/councils/${LA}/conditions/inmss-placements/assess`);
      const latest = page.getByTestId('latest-figure');
      await latest.waitFor();
      expect(await latest.innerText()).toContain(
        'Placement panel minutes, March: 12 moves to local special schools.',
      );
      expect(await latest.innerText()).toContain(periodName(EARLIER));
      await record(page, 'flow-assess-latest-evidence');
    });
  });

  it('starts a new return pre-filled, and says why placements above the EHCPs cannot be submitted', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${LATER}`);
      const carried = page.getByTestId('carried-forward');
      await carried.waitFor();
      expect(await carried.innerText()).toContain(periodName(EARLIER));
      await record(page, 'flow-new-return-prefilled');

      await page.getByRole('link', { name: 'Workstreams' }).click();
      await page.locator('#workstreams-0-name').waitFor();
      expect(await page.locator('#workstreams-0-name').inputValue()).toBe(
        'Sufficiency of local places',
      );
      await page.goto(`${running.product.url}/councils/${LA}/returns/${LATER}/finance`);
      const income = page.getByLabel('High needs block income', { exact: true });
      await income.waitFor();
      expect(await income.inputValue()).toBe('');

      await page.goto(`${running.product.url}/councils/${LA}/returns/${LATER}/demand`);
      await page.getByLabel('EHCPs maintained', { exact: false }).first().waitFor();
      await page.locator('#demand-ehcpsTotal').fill('2000');
      await page.locator('#demand-newEhcps').fill('90');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.locator('#main-content h1', { hasText: 'Placements' }).waitFor();
      for (const [key, value] of Object.entries(completeReturn(0).placements ?? {})) {
        await page.locator(`#placements-${key}`).fill(String(value));
      }
      await page.getByRole('button', { name: 'Save and continue' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toContain('Placements cannot be submitted as they are');
      expect(await summary.innerText()).toContain(
        'Placements add up to 2,380, more than the 2,000 EHCPs maintained',
      );
      expect(await page.locator('#main-content h1').innerText()).toContain('Placements');
      await record(page, 'flow-placements-above-ehcps');

      // The draft is saved, with what carried forward.
      const saved = await apiAs(running.product.url, editor, 'GET', `${base}/${LATER}`);
      const content = (saved.body as { content: ReturnDraft }).content;
      expect(content.placements?.mainstream).toBe(900);
      expect(content.workstreams).toEqual(lists.workstreams);
      expect(content.finance).toBeUndefined();

      await page.goto(`${running.product.url}/councils/${LA}/returns/${LATER}`);
      const reason = page.getByTestId('task-placements-reason');
      await reason.waitFor();
      expect(await reason.innerText()).toContain('more than the 2,000 EHCPs maintained');
      // A section not started needs no reason: it says so.
      expect(await page.locator('#task-finance-status').innerText()).toBe('Not yet started');
      await record(page, 'flow-task-list-reasons');
    });
  });

  it('hands a complete return from the editor to the approver, who signs it off', async () => {
    await put(LATER, { ...completeReturn(12_000_000), ...lists });
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${LATER}/check`);
      await page.getByRole('button', { name: 'Send for sign-off' }).waitFor();

      // "Change" goes back to check your answers once saved.
      await page.getByRole('link', { name: 'Change high needs block income' }).click();
      const income = page.getByLabel('High needs block income', { exact: true });
      await income.waitFor();
      await income.fill('49,000,000');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.waitForURL(`**/returns/${LATER}/check`);
      await page.getByRole('button', { name: 'Send for sign-off' }).waitFor();
      expect(await page.locator('#main-content').innerText()).toContain('£49.000m');
      await record(page, 'flow-check-send-for-sign-off');

      await page.getByRole('button', { name: 'Send for sign-off' }).click();
      await page.getByText('Return sent for sign-off').waitFor();
    });

    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['narrow', NARROW],
    ] as const) {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, APPROVER);
        const waiting = page.getByTestId('awaiting-sign-off');
        await waiting.waitFor();
        expect(await waiting.innerText()).toContain(
          `Check and sign off the return for ${periodName(LATER)}`,
        );
        expect(await waiting.innerText()).toContain(`sent by ${EDITOR}`);
        if (name === 'narrow') expect(await scrollsSideways(page)).toBe(false);
        await record(page, `flow-approver-home-${name}`);
      });
    }

    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, APPROVER);
      await page
        .getByRole('link', { name: `Check and sign off the return for ${periodName(LATER)}` })
        .click();
      await page.getByLabel('Role').fill('Section 151 officer');
      await page.getByRole('button', { name: 'Submit return' }).click();
      await page.locator('.govuk-panel').waitFor();

      // The role is remembered for the next sign-off in this browser.
      await page.goto(`${running.product.url}/councils/${LA}/returns/${EARLIER}/check`);
      await page.locator('#main-content h1').waitFor();
      const remembered = await page.evaluate(() =>
        Object.entries(window.localStorage).find(([key]) => key.includes('sign-off-role')),
      );
      expect(remembered?.[1]).toBe('Section 151 officer');
    });
    const listed = await apiAs(running.product.url, approver, 'GET', `${base}?ready=true`);
    expect((listed.body as { items: unknown[] }).items).toEqual([]);
  });

  it('tells a viewer that their role is why they cannot edit', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, VIEWER);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${LATER}/finance`);
      const text = page.getByText('your role (council viewer) does not edit returns');
      await text.waitFor();
      await record(page, 'flow-viewer-edit-address');
    });
  });
});
