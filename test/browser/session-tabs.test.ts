import { describe, expect, it } from 'vitest';
import { DESKTOP, openPage, runProductAndChromium, screenshot, signIn } from './support';

const running = runProductAndChromium('demo');

describe('one session for every tab of the browser', () => {
  it('keeps a link opened in a new tab signed in, and signs every tab out together', async () => {
    const { page, errors, close } = await openPage(running.browser, DESKTOP);
    try {
      await signIn(page, running.product.url, 'Bury SEND finance officer');
      const home = new URL(page.url()).pathname;

      // A second tab of the same browser, opened on an address within the service.
      const second = await page.context().newPage();
      await second.goto(`${running.product.url}${home}`);
      await second.locator('#main-content h1').first().waitFor();
      expect(new URL(second.url()).pathname).toBe(home);
      expect(await second.locator('#main-content h1').first().innerText()).not.toBe('Sign in');
      await screenshot(second, 'session-second-tab');

      // Signing out in the first tab ends the session in the second as well.
      await page
        .getByRole('button', { name: 'Sign out' })
        .or(page.getByRole('link', { name: 'Sign out' }))
        .first()
        .click();
      await page.waitForURL(`${running.product.url}/sign-in`);
      // The other tab is sent to sign in, to come back where it was.
      await second.waitForURL((address) => address.pathname === '/sign-in');
      expect(new URL(second.url()).searchParams.get('returnTo')).toBe(home);
      expect(await second.locator('h1').innerText()).toBe('Sign in');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
