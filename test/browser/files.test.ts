import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { periodName } from '../../web/src/display/labels';
import { TEST_COUNCIL, apiAs, reportingPeriod, setUpTestCouncil } from './fixtures';
import {
  DESKTOP,
  accessibilityProblems,
  devToken,
  runProductAndChromium,
  screenshot,
  signIn,
  withCleanPage,
} from './support';

/** Files people take away: downloads, the return template uploaded as the draft, printing. */

const EDITOR = `${TEST_COUNCIL.name} SEND finance officer`;
const BCP = '839';
const BCP_EDITOR = 'Bournemouth, Christchurch and Poole SEND finance officer';
const LA = TEST_COUNCIL.laCode;
const PERIOD = reportingPeriod();
const EDITOR_USER = { sub: 'files-editor', role: 'council-editor' as const, laCode: LA };

const running = runProductAndChromium('demo', (product) => setUpTestCouncil(product.url));

const withPage = (test: (page: Page) => Promise<void>, options?: { expected?: RegExp }) =>
  withCleanPage(running.browser, DESKTOP, test, options);

async function bytesOf(download: Download): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Clicks a download link and returns the file the browser saved. */
async function downloadFrom(page: Page, link: string | RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** The period's template from the API, with the Finance answers set by field. */
async function filledTemplate(finance: Record<string, string | number>): Promise<Buffer> {
  const token = await devToken(running.product.url, EDITOR_USER);
  const res = await fetch(
    `${running.product.url}/api/v1/councils/${LA}/returns/${PERIOD}/template.xlsx`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(res.status).toBe(200);
  const workbook = await workbookOf(new Uint8Array(await res.arrayBuffer()));
  const sheet = workbook.getWorksheet('Finance')!;
  sheet.eachRow((row) => {
    const field = row.getCell(2).value;
    if (typeof field === 'string' && field in finance) row.getCell(3).value = finance[field]!;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Which row of the Finance sheet holds a field, for the cell an error names. */
async function financeCell(field: string): Promise<string> {
  const workbook = await workbookOf(new Uint8Array(await filledTemplate({})));
  let address = '';
  workbook.getWorksheet('Finance')!.eachRow((row, n) => {
    if (row.getCell(2).value === field) address = `C${n}`;
  });
  return address;
}

const FINANCE = {
  highNeedsIncome: 48_000_000,
  highNeedsExpenditure: 47_500_000,
  forecastInYearBalance: 500_000,
  forecastCumulativeDeficit: 9_750_000,
};

const MAIN = '#main-content h1';

describe("a return's files", () => {
  it('takes a filled-in template as the draft, naming the sheet and cell of each problem', async () => {
    await withPage(
      async (page) => {
        await signIn(page, running.product.url, EDITOR);
        await page.goto(`${running.product.url}/councils/${LA}/returns/${PERIOD}`);
        await page.locator('.govuk-task-list').waitFor();
        const input = page.getByLabel('Upload a filled-in template');

        // A text in a money cell: refused, the cell named, nothing saved.
        await input.setInputFiles({
          name: 'return.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: await filledTemplate({
            ...FINANCE,
            forecastCumulativeDeficit: 'about ten million',
          }),
        });
        await page.getByRole('button', { name: 'Upload as the draft' }).click();
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        expect(await summary.innerText()).toContain('The workbook could not be uploaded');
        expect(await summary.innerText()).toContain(
          `Finance sheet, cell ${await financeCell('forecastCumulativeDeficit')}`,
        );
        // The summary links to the file input.
        expect(await summary.locator('a').first().getAttribute('href')).toBe('#return-workbook');
        expect(await accessibilityProblems(page)).toEqual([]);
        await screenshot(page, 'return-upload-refused');
        const before = await apiAs(
          running.product.url,
          EDITOR_USER,
          'GET',
          `/api/v1/councils/${LA}/returns/${PERIOD}`,
        );
        expect(before.status).toBe(404);

        // Not a workbook at all.
        await input.setInputFiles({
          name: 'notes.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from('these are not the figures'),
        });
        await page.getByRole('button', { name: 'Upload as the draft' }).click();
        await page.locator('.govuk-error-summary', { hasText: 'not an Excel workbook' }).waitFor();

        // The template filled in: the draft, and the task list says so.
        await input.setInputFiles({
          name: 'return.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: await filledTemplate(FINANCE),
        });
        await page.getByRole('button', { name: 'Upload as the draft' }).click();
        await page.locator('.govuk-notification-banner', { hasText: 'Draft updated' }).waitFor();
        expect(await page.locator('.govuk-error-summary').count()).toBe(0);
        expect(await page.locator('#task-finance-status').innerText()).toBe('Completed');
        const saved = await apiAs(
          running.product.url,
          EDITOR_USER,
          'GET',
          `/api/v1/councils/${LA}/returns/${PERIOD}`,
        );
        expect(saved.status).toBe(200);
        expect((saved.body as { content: { finance: unknown } }).content.finance).toEqual(FINANCE);
        expect(await accessibilityProblems(page)).toEqual([]);
        await screenshot(page, 'return-upload-accepted');

        // Now there is a draft, it downloads as a workbook and a document.
        const workbook = await downloadFrom(page, 'Download this return as a spreadsheet (Excel)');
        expect(workbook.name).toBe(`safety-valve-return-${LA}-${PERIOD}.xlsx`);
        const finance = (await workbookOf(workbook.bytes)).getWorksheet('Finance');
        const figures: unknown[] = [];
        finance?.eachRow((row) => row.eachCell((cell) => figures.push(cell.value)));
        expect(figures).toContain(9_750_000);

        const pdf = await downloadFrom(page, /this return as a document/);
        expect(pdf.name).toBe(`safety-valve-return-${LA}-${PERIOD}.pdf`);
        const text = await pdfText(pdf.bytes);
        expect(text).toContain(`${TEST_COUNCIL.name} (LA ${LA})`);
        expect(text).toContain(periodName(PERIOD));
        expect(text).toContain('£9,750,000');
      },
      // The browser logs each refused upload (422); nothing else may go wrong.
      { expected: /status of 422/ },
    );
  });

  it('prints the return without navigation, buttons or forms', async () => {
    await withPage(async (page) => {
      await signIn(page, running.product.url, EDITOR);
      await page.goto(`${running.product.url}/councils/${LA}/returns/${PERIOD}`);
      await page.locator('.govuk-task-list').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
      expect(await page.locator('.app-sub-navigation').isVisible()).toBe(false);
      expect(await page.locator('.govuk-footer').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Upload as the draft' }).isVisible()).toBe(
        false,
      );
      expect(await page.locator('.app-file-downloads').first().isVisible()).toBe(false);
      expect(await page.locator(MAIN).isVisible()).toBe(true);
      expect(await page.locator('.govuk-task-list').isVisible()).toBe(true);
      await screenshot(page, 'return-print');
    });
  });
});

describe("a council's other files", () => {
  it('downloads the scorecard as a workbook and the reform plan as a document; both print cleanly', async () => {
    await withPage(async (page) => {
      await signIn(page, running.product.url, BCP_EDITOR);
      await page.goto(`${running.product.url}/councils/${BCP}/scorecard`);
      await page.getByRole('heading', { name: 'Scorecard', level: 1 }).waitFor();
      const scorecard = await downloadFrom(page, 'Download the scorecard as a spreadsheet (Excel)');
      const grid = (await workbookOf(scorecard.bytes)).getWorksheet('Scorecard')!;
      expect(grid.getRow(1).getCell(1).value).toBe('Measure');
      expect(grid.rowCount).toBeGreaterThan(1);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
      expect(await page.locator(MAIN).isVisible()).toBe(true);
      expect(await page.locator('table').first().isVisible()).toBe(true);
      // A wide table prints whole, not inside a scrolling box.
      expect(
        await page
          .locator('.app-table-container')
          .first()
          .evaluate((el) => getComputedStyle(el).overflowX),
      ).toBe('visible');
      // …with its row headers in their place, not held at the edge as on screen.
      expect(
        await page
          .locator('.app-table-container tbody th[scope="row"]')
          .first()
          .evaluate((el) => getComputedStyle(el).position),
      ).toBe('static');
      await page.emulateMedia({ media: 'screen' });

      await page.goto(`${running.product.url}/councils/${BCP}/reform-plan`);
      await page.getByRole('heading', { name: 'Local SEND reform plan', level: 1 }).waitFor();
      const plan = await downloadFrom(page, /reform plan as a document/);
      expect(plan.name).toBe(`send-reform-plan-${BCP}.pdf`);
      const text = await pdfText(plan.bytes);
      expect(text).toContain('Bournemouth, Christchurch and Poole (LA 839)');
      expect(text).toContain('Local SEND reform plan');

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
      expect(await page.locator(MAIN).isVisible()).toBe(true);
      await screenshot(page, 'reform-plan-print');

      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${running.product.url}/councils/${BCP}/audit`);
      await page.locator('table').first().waitFor();
      const audit = await downloadFrom(page, 'Download the audit trail as a spreadsheet (CSV)');
      expect(Buffer.from(audit.bytes).toString('utf8').split('\n')[0]).toContain('When');
    });
  });
});

describe("DfE's files", () => {
  it('downloads the overview and the alerts as workbooks', async () => {
    await withPage(async (page) => {
      await signIn(page, running.product.url, 'Rob Kowalski');
      await page.goto(`${running.product.url}/overview`);
      await page.locator('table').first().waitFor();
      const overview = await downloadFrom(page, 'Download this table as a spreadsheet (Excel)');
      expect(overview.name).toMatch(/^safety-valve-overview-\d{4}-\d{2}-Q\d\.xlsx$/);
      const sheet = (await workbookOf(overview.bytes)).getWorksheet('Overview')!;
      expect(sheet.getRow(1).values).toContain('Council');

      await page.goto(`${running.product.url}/alerts`);
      await page.locator('table').first().waitFor();
      const alerts = await downloadFrom(page, 'Download these alerts as a spreadsheet (Excel)');
      const rows = (await workbookOf(alerts.bytes)).getWorksheet('Alerts')!;
      expect(rows.getRow(1).values).toContain('Alert');
      expect(rows.rowCount).toBe((await page.locator('tbody tr').count()) + 1);
    });
  });
});
