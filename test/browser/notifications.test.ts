import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  NARROW,
  accessibilityProblems,
  devToken,
  eventually,
  openPage,
  runProductAndChromium,
  screenshot,
  scrollsSideways,
  signIn,
} from './support';

const BURY_EDITOR = 'Bury SEND finance officer';

// The demo: Bury's 2024-25 quarter 3 return is submitted and awaits DfE's review.
const running = runProductAndChromium('demo');

describe('email notifications', () => {
  it('are chosen on the settings page, and a return sent back shows in the emails sent', async () => {
    const { page, close } = await openPage(running.browser, DESKTOP);
    try {
      await signIn(page, running.product.url, BURY_EDITOR);
      await page.getByRole('link', { name: 'Email notifications' }).click();
      await page.getByRole('heading', { name: 'Email notifications' }).waitFor();
      // An editor is offered every council event but the hand-over, which is the approver's.
      expect(await page.locator('.govuk-checkboxes__input').count()).toBe(7);

      // The demo's finance officer chose how DfE reviews their returns, at an
      // illustrative address.
      expect(await page.getByLabel('Email address').inputValue()).toBe(
        'send-finance-officer@bury.example.gov.uk',
      );
      expect(await page.locator('#email-hint').innerText()).toContain(
        'The demo’s addresses are illustrative',
      );
      expect(await page.getByLabel('DfE returns a return with comments').isChecked()).toBe(true);

      // An event without an address: the error summary links to the field.
      await page.getByLabel('Email address').fill('');
      await page.getByRole('button', { name: 'Save notification settings' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.locator('li').allInnerTexts()).toEqual([
        'Enter your email address, so we can send you the emails you chose',
      ]);
      expect(await summary.locator('a').getAttribute('href')).toBe('#email');
      expect(await page.locator('#email-error').innerText()).toContain('Enter your email address');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'notifications-error');

      await page.getByLabel('Email address').fill('send-finance@bury.example.gov.uk');
      await page.getByLabel('A red alert is raised').check();
      await page.getByRole('button', { name: 'Save notification settings' }).click();
      await page.getByText('Your notification settings are saved').waitFor();
      expect(await page.locator('.govuk-error-summary').count()).toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'notifications-saved');

      // Kept: a fresh load shows the choice.
      await page.reload();
      await page.getByLabel('Email address').waitFor();
      expect(await page.getByLabel('Email address').inputValue()).toBe(
        'send-finance@bury.example.gov.uk',
      );
      expect(await page.getByLabel('DfE returns a return with comments').isChecked()).toBe(true);
      expect(await page.getByLabel('A return is due within 7 days').isChecked()).toBe(false);

      // DfE sends the return back; the alert worker emails the editor through the outbox.
      const reviewer = await devToken(running.product.url, {
        sub: 'dfe-reviewer-1',
        role: 'dfe-reviewer',
        name: 'Rob Kowalski',
      });
      const review = await fetch(
        `${running.product.url}/api/v1/councils/351/returns/2024-25-Q3/review`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reviewer}` },
          body: JSON.stringify({
            decision: 'return',
            comments: 'Explain the rise in INMSS placements.',
          }),
        },
      );
      expect(review.status).toBe(200);

      await page.getByRole('link', { name: 'Emails sent' }).click();
      await page.getByRole('heading', { name: 'Emails sent' }).waitFor();
      const row = await eventually(async () => {
        await page.reload();
        await page.getByRole('heading', { name: 'Emails sent' }).waitFor();
        // The finance officer's; the section 151 officer (who also chose it) has their own.
        const found = page
          .getByRole('row', { name: /returned the 2024-25 quarter 3 return/ })
          .filter({ hasText: 'send-finance@bury.example.gov.uk' });
        return (await found.count()) === 1 ? found : undefined;
      }, 'the email about the returned return');
      expect(
        await page
          .getByRole('row', { name: /returned the 2024-25 quarter 3 return/ })
          .filter({ hasText: 'section-151-officer@bury.example.gov.uk' })
          .count(),
      ).toBe(1);
      expect(await row.innerText()).toContain('send-finance@bury.example.gov.uk');
      expect(await row.innerText()).toContain('Explain the rise in INMSS placements.');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'emails-sent');
    } finally {
      await close();
    }
  });

  it('tell the approver who asked when an editor sends a return for sign-off', async () => {
    const url = running.product.url;
    const approver = await devToken(url, {
      sub: 'council-approver-351',
      role: 'council-approver',
      laCode: '351',
      name: 'Bury Section 151 officer',
    });
    // The demo's section 151 officer chose to hear of returns waiting for sign-off.
    const mine = (await (
      await fetch(`${url}/api/v1/me/notifications`, {
        headers: { Authorization: `Bearer ${approver}` },
      })
    ).json()) as { email?: string; events: string[] };
    expect(mine.events).toContain('ready-for-sign-off');
    // The return DfE sent back above (or, run alone, send it back now) can be handed over.
    const reviewer = await devToken(url, { sub: 'dfe-reviewer-1', role: 'dfe-reviewer' });
    const current = (await (
      await fetch(`${url}/api/v1/councils/351/returns/2024-25-Q3`, {
        headers: { Authorization: `Bearer ${reviewer}` },
      })
    ).json()) as { status: string };
    if (current.status === 'submitted') {
      const review = await fetch(`${url}/api/v1/councils/351/returns/2024-25-Q3/review`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reviewer}` },
        body: JSON.stringify({ decision: 'return', comments: 'Explain the rise.' }),
      });
      expect(review.status).toBe(200);
    }

    const { page, close } = await openPage(running.browser, DESKTOP);
    try {
      await signIn(page, url, BURY_EDITOR);
      await page.goto(`${url}/councils/351/returns/2024-25-Q3/check`);
      await page.getByRole('button', { name: 'Send for sign-off' }).click();
      await page.getByText('Return sent for sign-off').waitFor();

      await page.getByRole('link', { name: 'Emails sent' }).click();
      const row = await eventually(async () => {
        await page.reload();
        await page.getByRole('heading', { name: 'Emails sent' }).waitFor();
        const found = page.getByRole('row', {
          name: /the 2024-25 quarter 3 return is ready for sign-off/,
        });
        return (await found.count()) === 1 ? found : undefined;
      }, 'the email about the return sent for sign-off');
      expect(await row.innerText()).toContain('section-151-officer@bury.example.gov.uk');
      expect(await row.innerText()).toContain('Sent for sign-off by Bury SEND finance officer');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'emails-sent-ready-for-sign-off');
    } finally {
      await close();
    }
  });

  it('fit a 320 px screen', async () => {
    const { page, close } = await openPage(running.browser, NARROW);
    try {
      await signIn(page, running.product.url, BURY_EDITOR);
      for (const path of ['/notifications', '/emails-sent']) {
        await page.goto(`${running.product.url}${path}`);
        await page.locator('#main-content h1').waitFor();
        expect(await scrollsSideways(page), path).toBe(false);
        expect(await accessibilityProblems(page)).toEqual([]);
      }
      await screenshot(page, 'notifications-narrow');
    } finally {
      await close();
    }
  });
});
