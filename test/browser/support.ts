import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../shared/domain';
import { startLocal } from '../../infra/local/start';
import { UNTHROTTLED } from '../../shared/config/rate-limits';

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export interface Product {
  url: string;
  stop(): Promise<void>;
}

/** The whole product on a free port, in memory, with the local identity provider. */
export async function startProduct(seed: 'demo' | 'none' = 'demo'): Promise<Product> {
  const runner = await startLocal({
    port: 0,
    dataDir: 'memory',
    seed,
    authMode: 'local',
    logLevel: 'WARN',
    // The browser tests never wait for the schedule; keep it out of the way.
    scheduleEveryMs: 60 * 60_000,
    // One test drives many pages a second as one person: not what fair use is for.
    rateLimits: UNTHROTTLED,
  });
  return { url: runner.url, stop: () => runner.stop() };
}

/** The product and a browser, for one test file. */
export interface Running {
  product: Product;
  browser: Browser;
}

/**
 * Starts the product and Chromium before a file's tests (then `setUp`, if given) and stops
 * both after them. The returned object is filled in once `beforeAll` has run.
 */
export function runProductAndChromium(
  seed: 'demo' | 'none' = 'demo',
  setUp?: (product: Product) => Promise<void>,
): Running {
  const running = {} as Running;
  beforeAll(async () => {
    [running.product, running.browser] = await Promise.all([startProduct(seed), launchChromium()]);
    await setUp?.(running.product);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.product?.stop();
  });
  return running;
}

/** Debian's Chromium (apt-get install chromium), headless. CHROMIUM_PATH overrides. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 900 };
/** The narrowest screen the service supports (WCAG 1.4.10 reflow). */
export const NARROW: Viewport = { width: 320, height: 640 };

/** A new page that records what went wrong in the browser: errors in the console and uncaught exceptions. */
export async function openPage(browser: Browser, viewport: Viewport = DESKTOP) {
  const context = await browser.newContext({
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

export interface AccessibilityProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function accessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** A full-page screenshot in test-results/screenshots/, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Whether the page is wider than the window, so people would have to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * Runs `test` on a fresh page and closes it; the test fails if the page logged an error,
 * other than those `expected` matches (the browser logs each response a test asks to be
 * refused on purpose, "… status of 422").
 */
export async function withCleanPage(
  browser: Browser,
  viewport: Viewport,
  test: (page: Page) => Promise<void>,
  { expected }: { expected?: RegExp } = {},
): Promise<void> {
  const { page, errors, close } = await openPage(browser, viewport);
  try {
    await test(page);
    expect(errors.filter((error) => !expected?.test(error))).toEqual([]);
  } finally {
    await close();
  }
}

/**
 * What every recorded screen passes: axe-clean and, unless `sideways` allows it, no
 * sideways scrolling; then a screenshot to look at.
 */
export async function recordScreen(
  page: Page,
  name: string,
  { sideways = false }: { sideways?: boolean } = {},
): Promise<void> {
  expect(await accessibilityProblems(page)).toEqual([]);
  if (!sideways) expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, name);
}

/** A token from the local identity provider, for setting up data through the API. */
export async function devToken(
  url: string,
  user: { sub: string; role: Role; name?: string; laCode?: string },
): Promise<string> {
  const response = await fetch(`${url}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!response.ok) throw new Error(`dev token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Sets up a council through the API as a DfE administrator. */
export async function createCouncil(
  url: string,
  council: { laCode: string; name: string; region?: string },
): Promise<void> {
  const token = await devToken(url, { sub: 'dfe-admin-1', role: 'dfe-admin' });
  const response = await fetch(`${url}/api/v1/councils`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(council),
  });
  if (response.status !== 201) {
    throw new Error(`create council: ${response.status} ${await response.text()}`);
  }
}

/** Every council as the API lists it to DfE, following its pages. */
export async function councilsFromApi(url: string): Promise<{ laCode: string; name: string }[]> {
  const token = await devToken(url, { sub: 'dfe-reviewer-1', role: 'dfe-reviewer' });
  const councils: { laCode: string; name: string }[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '200', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${url}/api/v1/councils?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const page = (await response.json()) as {
      items: { laCode: string; name: string }[];
      nextCursor: string | null;
    };
    councils.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return councils;
}

/** Signs in through the sign-in page as a demo user, and waits for the landing page. */
export async function signIn(page: Page, url: string, persona: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByRole('button', { name: `Sign in as ${persona}` }).click();
  await page.waitForURL((address) => address.pathname !== '/sign-in');
  await page.locator('#main-content h1').first().waitFor();
}

/** The text of the element with focus. */
export function focusedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim());
}

/** Presses Tab until the element with this text (or text that matches) has focus; fails if it never does. */
export async function tabUntil(page: Page, text: string | RegExp, presses = 60): Promise<void> {
  for (let count = 0; count < presses; count += 1) {
    await page.keyboard.press('Tab');
    const focused = (await focusedText(page)) ?? '';
    if (typeof text === 'string' ? focused === text : text.test(focused)) return;
  }
  throw new Error(`Tabbing never reached "${text}"`);
}

/** Asks until `check` gives a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
