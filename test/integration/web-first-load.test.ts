import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The web app's first load: what index.html makes the browser fetch before anything
 * shows. Chart.js and the spreadsheet library (trajectory workbooks) are fetched only
 * when a page needs them, so the first load stays under 150 KiB gzipped.
 */
const outDir = mkdtempSync(join(tmpdir(), 'svm-web-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the web app build', () => {
  it('loads under 150 KiB of JavaScript (gzipped) at first, the heavy libraries later', async () => {
    // A production build, as `npm run build:web` makes it (vitest sets NODE_ENV=test).
    const mode = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
        build: { outDir, emptyOutDir: true },
        logLevel: 'silent',
      });
    } finally {
      process.env.NODE_ENV = mode;
    }
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const first = [
      ...html.matchAll(
        /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g,
      ),
    ].map((m) => m[1] ?? m[2] ?? '');
    expect(first.length).toBeGreaterThan(0);
    const gzipped = first.reduce(
      (total, path) => total + gzipSync(readFileSync(join(outDir, path))).length,
      0,
    );
    console.log(`first load: ${(gzipped / 1024).toFixed(1)} KiB of JavaScript, gzipped`);
    expect(gzipped).toBeLessThan(150 * 1024);
    const code = first.map((path) => readFileSync(join(outDir, path), 'utf8')).join('\n');
    // Chart.js's and ExcelJS's own words are not in it.
    expect(code).not.toContain('exceljs');
    expect(code).not.toContain('Cannot determine type of');
  }, 120_000);
});
