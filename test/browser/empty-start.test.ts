import { describe, expect, it } from 'vitest';
import {
  accessibilityProblems,
  createCouncil,
  openPage,
  screenshot,
  runProductAndChromium,
} from './support';

const running = runProductAndChromium('none');

describe('a service with no councils yet', () => {
  it('says there are none, then lists a council once DfE sets it up', async () => {
    const { page, errors, close } = await openPage(running.browser);
    try {
      await page.goto(`${running.product.url}/sign-in`);
      await page.getByRole('button', { name: 'Sign in as Dana Adeyemi' }).waitFor();
      expect(await page.locator('#main-content h2').allInnerTexts()).toEqual([
        'Department for Education',
      ]);
      await page.getByRole('button', { name: 'Sign in as Dana Adeyemi' }).click();
      await page.getByText('No councils have been set up yet.').waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'councils-empty');

      await createCouncil(running.product.url, {
        laCode: '865',
        name: 'Wiltshire',
        region: 'South West',
      });
      await page.reload();
      await page.locator('table.govuk-table').waitFor();
      expect(await page.locator('table.govuk-table tbody tr').allInnerTexts()).toEqual([
        'Wiltshire\t865\tSouth West',
      ]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("lets the new council's users sign in and see it", async () => {
    const { page, close } = await openPage(running.browser);
    try {
      await page.goto(`${running.product.url}/sign-in`);
      await page.getByRole('heading', { name: 'Wiltshire', level: 2, exact: true }).waitFor();
      await page.getByRole('button', { name: 'Sign in as Wiltshire Finance analyst' }).click();
      await page.waitForURL(`${running.product.url}/councils/865`);
      await page.getByText('No agreement has been recorded for Wiltshire yet.').waitFor();
      expect(await page.locator('h1').innerText()).toBe('Safety Valve agreement');
      expect(await page.locator('header').innerText()).toContain('Council viewer');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'council-home-no-agreement');
    } finally {
      await close();
    }
  });
});
