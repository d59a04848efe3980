import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  NARROW,
  devToken,
  recordScreen,
  runProductAndChromium,
  signIn,
  withCleanPage,
  type Viewport,
} from './support';

const ADMIN = 'Dana Adeyemi';
const REVIEWER = 'Rob Kowalski';
const LA = '888';
const NAME = 'Westmoor';

const running = runProductAndChromium('demo');

/**
 * Refusals the test asks for on purpose, and a new council's agreement (and what is read
 * from it) not existing yet, log their status; nothing else may fail, in the log or the
 * API's answers.
 */
const withPage = (viewport: Viewport, test: (page: Page) => Promise<void>) =>
  withCleanPage(
    running.browser,
    viewport,
    async (page) => {
      const refused: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400)
          refused.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
      await test(page);
      expect(
        refused.filter(
          (r) => !/^(409|422) /.test(r) && !r.startsWith(`404 /api/v1/councils/${LA}/`),
        ),
      ).toEqual([]);
    },
    { expected: /status of (404|409|422)/ },
  );
const record = (page: Page, name: string) => recordScreen(page, name);

async function summaryItems(page: Page): Promise<string[]> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  return summary.locator('li').allInnerTexts();
}

/** What a spreadsheet puts on the clipboard, pasted into a cell as a person would. */
async function paste(page: Page, cellId: string, text: string): Promise<void> {
  await page.locator(`#${cellId}`).evaluate((cell, clip) => {
    const data = new DataTransfer();
    data.setData('text/plain', clip);
    cell.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

// Bury's published DSG recovery profile in £m, copied from the plan: with the council's
// recovery plan before Safety Valve money, council contribution (none), programme cost,
// and the cumulative deficit agreed; 2019-20 (the baseline) to 2024-25.
const BURY_ROWS =
  '20.067\t27.407\t28.639\t28.541\t25.605\t19.038\r\n' +
  '\t\t\t\t\t\r\n' +
  '0\t0\t1.125\t1.125\t0.902\t0.902\r\n' +
  '20.067\t21.407\t19.764\t15.666\t9.507\t-0.060\r\n';

const TRANCHES =
  'y1\t2020-21\t£6.0m\t2021-03-31\t\n' +
  'y2\t2021-22\t£4.0m\t2022-03-31\t\n' +
  'y3\t2022-23\t£4,000,000\t2023-03-31\t\n' +
  'y4\t2023-24\t£3m\t2024-03-31\t\n' +
  'y5\t2024-25\t3,000,000\t2025-03-31\t\n';

describe('DfE administration of councils and agreements', () => {
  it('a DfE administrator sets up a council, checking the answers first', async () => {
    await withPage(NARROW, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      await page.goto(`${running.product.url}/`);
      await page.getByRole('button', { name: 'Set up a council' }).click();
      await page.getByRole('heading', { name: 'Set up a council' }).waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await summaryItems(page)).toEqual([
        'Enter the council’s name',
        'Enter the council’s LA code',
      ]);
      await record(page, 'admin-council-errors');
      await page.getByRole('link', { name: 'Enter the council’s LA code' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('laCode');

      await page.getByLabel('Name').fill(NAME);
      // Bury's code: taken, which only the API knows.
      await page.getByLabel('LA code').fill('351');
      await page.getByLabel('Region (optional)').selectOption('North East');
      await page.getByLabel('Statistical neighbours (optional)').fill('350, 801');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check the council’s details' }).waitFor();
      const answers = await page.locator('.govuk-summary-list').innerText();
      expect(answers).toContain(NAME);
      expect(answers).toContain('North East');
      expect(answers).toContain('350, 801');
      await record(page, 'admin-council-check');
      await page.getByRole('button', { name: 'Set up the council' }).click();
      expect(await summaryItems(page)).toEqual(['A council with LA code 351 already exists.']);
      expect(await page.locator('#laCode-error').innerText()).toContain('already exists');

      await page.getByLabel('LA code').fill(LA);
      await page.getByRole('button', { name: 'Continue' }).click();
      // Change links come back to the field.
      await page.getByRole('link', { name: 'Change the LA code' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('laCode');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Set up the council' }).click();
      await page.getByText('Council set up').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/councils/${LA}`);
      await page.getByText(`No agreement has been recorded for ${NAME} yet`).waitFor();
      await record(page, 'admin-council-set-up');
    });
  });

  it('sets up its agreement by pasting the trajectory and tranches from a spreadsheet', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      await page.goto(`${running.product.url}/councils/${LA}`);
      await page.getByRole('button', { name: 'Set up the agreement' }).click();
      await page.getByRole('heading', { name: 'Set up the agreement' }).waitFor();
      await page.getByText('Enter the term to lay out the trajectory’s years.').waitFor();
      await page.getByLabel('Date signed (optional)').fill('2021-03-19');
      await page.getByLabel('First financial year of the term').fill('2020-21');
      await page.getByLabel('Last financial year of the term').fill('2024-25');
      // A wrong total, for the agreement's own rules to catch before anything is sent.
      await page.getByLabel('DfE contribution over the term').fill('£21m');
      await page.getByLabel('£ millions, as in a DSG management plan').check();

      const headers = await page.locator('#trajectory-grid thead th').allInnerTexts();
      expect(headers).toEqual([
        'Line',
        '2019-20',
        '2020-21',
        '2021-22',
        '2022-23',
        '2023-24',
        '2024-25',
      ]);
      await paste(page, 'trajectory-mitigatedCumulativeDeficit-2019-20', BURY_ROWS);
      await page.getByText('Pasted 24 cells into trajectory by financial year.').waitFor();
      expect(await page.locator('#trajectory-plannedCumulativeDeficit-2024-25').inputValue()).toBe(
        '-0.060',
      );
      expect(await page.locator('#trajectory-programmeCost-2021-22').inputValue()).toBe('1.125');
      await page.locator('#trajectory-programmeCost-2022-23').fill('lots');
      await paste(
        page,
        'conditions-0-0',
        'mainstream\tMore children with EHCPs in mainstream\tplacements.mainstreamPct\tper cent\tincrease\t2021-22=40; 2022-23=42\tIllustrative\n',
      );
      await paste(page, 'tranches-0-0', TRANCHES);
      await page.getByText('Pasted 25 cells into tranches.').waitFor();
      await paste(
        page,
        'mitigations-0-0',
        'local-places\tMore local specialist places\tSufficiency\t2021-22=£500,000; 2022-23=£1m\n',
      );
      await page.getByLabel('Date of the baseline').fill('2020-01-16');
      await page
        .getByLabel('Source', { exact: true })
        .fill('SEN2 census, January 2020 (illustrative)');
      await page.getByLabel('EHCPs at the baseline').fill('2,100');
      await paste(page, 'baseline-placements-mainstream', '800\t£9.5m\n60\t£1.2m\n');
      await record(page, 'admin-agreement-form');

      await page.getByRole('button', { name: 'Continue' }).click();
      const cellProblems = await summaryItems(page);
      expect(cellProblems).toHaveLength(1);
      expect(cellProblems[0]).toBe(
        'Programme cost in the year, 2022-23, must be a number of £ millions, like 20.067',
      );
      await page.getByRole('link', { name: /^Programme cost in the year, 2022-23/ }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        'trajectory-programmeCost-2022-23',
      );
      expect(
        await page.locator('#trajectory-programmeCost-2022-23').getAttribute('class'),
      ).toContain('govuk-input--error');
      await record(page, 'admin-agreement-cell-error');
      await page.locator('#trajectory-programmeCost-2022-23').fill('1.125');
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await summaryItems(page)).toEqual([
        'Tranche amounts add up to £20,000,000, not the DfE contribution of £21,000,000',
      ]);
      await page.getByLabel('DfE contribution over the term').fill('£20m');
      await page.getByRole('button', { name: 'Continue' }).click();

      await page.getByRole('heading', { name: 'Check the agreement' }).waitFor();
      const trajectory = await page.locator('table').filter({ hasText: 'Trajectory' }).innerText();
      expect(trajectory).toContain('£28,639,000');
      expect(trajectory).toContain('-£60,000');
      const check = await page.locator('#main-content').innerText();
      expect(check).toContain('£6,000,000 for 2020-21, due 2021-03-31');
      expect(check).toContain(
        'More local specialist places (Sufficiency): 2021-22: £500,000; 2022-23: £1,000,000',
      );
      expect(check).toContain(
        'More children with EHCPs in mainstream (Illustrative); placements.mainstreamPct (per cent, increase): 2021-22 40, 2022-23 42',
      );
      await record(page, 'admin-agreement-check');
      await page.getByRole('button', { name: 'Record the agreement' }).click();

      await page.getByText('Agreement recorded').waitFor();
      await page.getByRole('heading', { name: 'Recovery profile' }).waitFor();
      const profile = await page.locator('table').filter({ hasText: 'Reconciles' }).innerText();
      expect(profile).not.toContain('No,');
      expect(profile).toContain('28.639');

      // Scrolled to its last year, the profile still says which row is which.
      const region = page.getByRole('region', { name: 'Recovery profile figures' });
      const edges = await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        const header = el.querySelector('tbody th[scope="row"]')!.getBoundingClientRect();
        return {
          scrolls: el.scrollWidth > el.clientWidth,
          region: el.getBoundingClientRect().left,
          header: header.left,
        };
      });
      expect(edges.scrolls).toBe(true);
      expect(Math.abs(edges.header - edges.region)).toBeLessThan(2);
      await expect.poll(() => region.getAttribute('data-scrolled')).toBe('');
    });
  }, 120_000); // Many fields, and a shared machine.

  it('records a variation with its reason, checking what it changes, on a narrow screen', async () => {
    await withPage(NARROW, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      await page.goto(`${running.product.url}/councils/${LA}`);
      await page.getByRole('link', { name: 'Record a variation' }).click();
      await page.getByRole('heading', { name: 'Record a variation' }).waitFor();
      expect(await page.locator('#trajectory-plannedCumulativeDeficit-2021-22').inputValue()).toBe(
        '£19,764,000',
      );
      await page.getByLabel('Last financial year of the term').fill('2025-26');
      await page.locator('#trajectory-councilContribution-2025-26').fill('2,000,000');
      await page.locator('#trajectory-plannedCumulativeDeficit-2025-26').fill('0');
      // The alert tolerances are the agreement's too: the form shows and varies them.
      const pct = page.getByLabel('Cumulative deficit above the trajectory, per cent');
      expect(await pct.inputValue()).toBe('2');
      await pct.fill('101');
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await summaryItems(page)).toEqual([
        'The tolerance for the cumulative deficit, per cent must be a per cent from 0 to 100, like 2.5',
        'Enter the reason for the variation',
      ]);
      await pct.fill('3');
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await summaryItems(page)).toEqual(['Enter the reason for the variation']);
      await record(page, 'admin-variation-form-320');
      await page
        .getByLabel('Reason for the variation')
        .fill('Term extended a year; the council adds £2m.');
      await page.getByRole('button', { name: 'Continue' }).click();

      await page.getByRole('heading', { name: 'Check the variation' }).waitFor();
      const changes = await page.locator('.govuk-list--bullet').innerText();
      expect(changes).toContain('Term: 2020-21 to 2024-25 → 2020-21 to 2025-26');
      expect(changes).toContain(
        'Trajectory 2025-26, council contribution in the year: added (£2,000,000)',
      );
      expect(changes).toContain('Alert tolerances, cumulative deficit, per cent: 2% → 3%');
      await record(page, 'admin-variation-check');
      await page.getByRole('button', { name: 'Record the variation' }).click();
      await page.getByText('Variation recorded: version 2').waitFor();
      await page.getByRole('heading', { name: 'Versions of the agreement' }).waitFor();
    });
  });

  it('a variation that would strand submitted returns is refused, naming them', async () => {
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      await page.goto(`${running.product.url}/councils/351/agreement/edit`);
      await page.getByRole('heading', { name: 'Record a variation' }).waitFor();
      // Bury reports quarterly: monthly returns would leave every submitted quarter outside.
      await page.getByLabel('Monthly (enhanced monitoring)').check();
      await page.getByLabel('Reason for the variation').fill('Enhanced monitoring.');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Record the variation' }).click();
      const items = await summaryItems(page);
      expect(items.length).toBeGreaterThan(0);
      expect(items[0]).toMatch(
        /^The (submitted|accepted|returned) return for \d{4}-\d{2} quarter \d \(\d{4}-\d{2}-Q\d\)/,
      );
      expect(await page.locator('.govuk-error-summary').innerText()).toContain(
        'The new version would leave submitted returns outside the agreement',
      );
      await page.getByRole('link', { name: items[0] ?? '' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('lastYear');
      await record(page, 'admin-variation-refused');
    });
  });

  it('anyone at DfE reads every version side by side with what changed', async () => {
    for (const viewport of [DESKTOP, NARROW]) {
      await withPage(viewport, async (page) => {
        await signIn(page, running.product.url, REVIEWER);
        await page.goto(`${running.product.url}/councils/${LA}`);
        // Only administrators vary agreements; everyone may read the versions.
        await page
          .getByRole('link', { name: 'Every version of the agreement (version 2)' })
          .click();
        await page.getByRole('heading', { name: 'Versions of the agreement' }).waitFor();
        expect(await page.getByRole('link', { name: 'Record a variation' }).count()).toBe(0);
        const cards = page.locator('.govuk-summary-card');
        // The heading shows before the versions have loaded.
        await cards.first().waitFor();
        expect(await cards.locator('h2').allInnerTexts()).toEqual(['Version 2', 'Version 1']);
        const latest = await cards.first().innerText();
        expect(latest).toContain('Term extended a year; the council adds £2m.');
        expect(latest).toContain('Term: 2020-21 to 2024-25 → 2020-21 to 2025-26');

        const table = page.locator('table').filter({ hasText: 'side by side' });
        expect(await table.locator('thead th').allInnerTexts()).toEqual([
          'Line',
          'Version 1',
          'Version 2',
        ]);
        const term = await table.locator('tr').filter({ hasText: /^Term/ }).innerText();
        expect(term).toContain('2020-21 to 2024-25');
        expect(term).toContain('2020-21 to 2025-26');
        expect(term).toContain('Changed');
        const onlyChanged = await table.locator('tbody tr').count();
        await page.getByRole('button', { name: 'Show every line' }).click();
        expect(await table.locator('tbody tr').count()).toBeGreaterThan(onlyChanged);
        await record(page, `admin-versions-${viewport.width}`);
      });
    }
  });

  it('fills the trajectory from a workbook: template download, upload, cell errors, nothing saved until saved', async () => {
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const versionOf = async () => {
      const token = await devToken(running.product.url, { sub: 'dfe-admin-1', role: 'dfe-admin' });
      const res = await fetch(`${running.product.url}/api/v1/councils/${LA}/agreement`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return ((await res.json()) as { version: number }).version;
    };
    const before = await versionOf();
    await withPage(DESKTOP, async (page) => {
      await signIn(page, running.product.url, ADMIN);
      await page.goto(`${running.product.url}/councils/${LA}/agreement/edit`);
      await page.getByRole('heading', { name: 'Record a variation' }).waitFor();

      // The template: the term's years, the lines in words, what the table holds, in pounds.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the trajectory template (.xlsx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('trajectory-2019-20-to-2025-26.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await bytesOf(download)).slice().buffer);
      const sheet = book.getWorksheet('Trajectory')!;
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Line',
        '2019-20',
        '2020-21',
        '2021-22',
        '2022-23',
        '2023-24',
        '2024-25',
        '2025-26',
      ]);
      expect(sheet.getCell('A6').value).toBe('Cumulative deficit agreed');
      expect(sheet.getCell('D6').value).toBe(19_764_000);
      expect(sheet.getCell('D6').numFmt).toContain('£');

      const input = page.getByLabel('Upload a filled-in trajectory workbook');
      const upload = async (edit: (s: ExcelJS.Worksheet) => void) => {
        const copy = new ExcelJS.Workbook();
        await copy.xlsx.load(await book.xlsx.writeBuffer());
        edit(copy.getWorksheet('Trajectory')!);
        await input.setInputFiles({
          name: 'trajectory.xlsx',
          mimeType: XLSX,
          buffer: Buffer.from(await copy.xlsx.writeBuffer()),
        });
        await page.getByRole('button', { name: 'Fill the table from the workbook' }).click();
      };

      // A formula and a text: refused, each cell named, the table left as it was.
      await upload((s) => {
        s.getCell('E6').value = { formula: 'D6-4000000', result: 15_764_000 };
        s.getCell('H4').value = 'two million';
      });
      expect(await summaryItems(page)).toEqual([
        'Trajectory sheet, cell H4: Council contribution in the year, 2025-26, holds text ("two million"): enter a number in pounds',
        'Trajectory sheet, cell E6: Cumulative deficit agreed, 2022-23, holds a formula: enter the value itself',
      ]);
      expect(await page.locator('#trajectory-plannedCumulativeDeficit-2022-23').inputValue()).toBe(
        '£15,666,000',
      );
      // Said once, at the upload: the table's own cells are not in error.
      expect(await page.locator('#trajectory-grid-error').count()).toBe(0);
      await page.getByRole('link', { name: /^Trajectory sheet, cell H4/ }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('trajectoryWorkbook');
      await record(page, 'admin-trajectory-workbook-refused');

      // Values: the table fills in pounds; nothing is saved yet.
      await upload((s) => {
        s.getCell('E6').value = 15_000_000;
        s.getCell('H4').value = 2_500_000;
      });
      await page.getByText(/^Filled the trajectory table from trajectory\.xlsx/).waitFor();
      expect(await page.locator('.govuk-error-summary').count()).toBe(0);
      expect(await page.locator('#trajectory-plannedCumulativeDeficit-2022-23').inputValue()).toBe(
        '£15,000,000',
      );
      expect(await page.locator('#trajectory-councilContribution-2025-26').inputValue()).toBe(
        '£2,500,000',
      );
      expect(await versionOf()).toBe(before);
      await record(page, 'admin-trajectory-workbook-filled');

      // Saved as any variation is: checked, then recorded.
      await page.getByLabel('Reason for the variation').fill('Trajectory revised from the plan.');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check the variation' }).waitFor();
      const changes = await page.locator('.govuk-list--bullet').innerText();
      expect(changes).toContain('Trajectory 2022-23, cumulative deficit agreed');
      await page.getByRole('button', { name: 'Record the variation' }).click();
      await page.getByText(`Variation recorded: version ${before + 1}`).waitFor();
    });
    expect(await versionOf()).toBe(before + 1);
  }, 120_000);
});

async function bytesOf(download: Download): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
