import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BenchResult } from './harness';

const LIMIT_KIB = 150;

/**
 * The web app's initial JavaScript: built with the project's Vite config (into a
 * temporary directory), the scripts and module preloads its HTML names, gzipped.
 */
export async function benchWebBundle(): Promise<BenchResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'web-bundle-'));
  try {
    await build({
      configFile: 'web/vite.config.ts',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const entries = [
      ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
    ].map((m) => m[1]!);
    const rows = [...new Set(entries)].map((src) => {
      const bytes = readFileSync(join(outDir, src.replace(/^\//, '')));
      return {
        file: src,
        KiB: bytes.length / 1024,
        'gzip KiB': gzipSync(bytes, { level: 9 }).length / 1024,
      };
    });
    const total = rows.reduce((sum, r) => sum + r['gzip KiB'], 0);
    return {
      name: 'Web app: initial JavaScript (gzip)',
      rows: [
        ...rows.map((r) => ({
          file: r.file,
          KiB: r.KiB.toFixed(1),
          'gzip KiB': r['gzip KiB'].toFixed(1),
        })),
        {
          file: 'total',
          KiB: rows.reduce((s, r) => s + r.KiB, 0).toFixed(1),
          'gzip KiB': total.toFixed(1),
        },
      ],
      goal: `initial JavaScript under ${LIMIT_KIB} KiB gzipped`,
      met: total < LIMIT_KIB,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
