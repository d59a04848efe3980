import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Each reliability suite writes what it tried to a file here (the suites run in their
 * own workers); the teardown prints one summary for the whole run, at the very end.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sv-reliability-'));
  const started = Date.now();
  project.provide('reliabilitySummaryDir', dir);
  return () => {
    const lines: string[] = [];
    for (const file of readdirSync(dir).sort()) {
      const { suite, counts, notes } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        suite: string;
        counts: Record<string, number | string>;
        notes: string[];
      };
      lines.push(`  ${suite}`);
      for (const [name, value] of Object.entries(counts)) lines.push(`    ${name}: ${value}`);
      for (const note of notes) lines.push(`    note: ${note}`);
    }
    rmSync(dir, { recursive: true, force: true });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nReliability summary (${seconds} s)\n${lines.length ? lines.join('\n') : '  (no suite recorded anything)'}\n`,
    );
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilitySummaryDir: string;
  }
}
