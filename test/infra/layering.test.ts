import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/constructs/node-bundling';

/**
 * The layering rules of `.dependency-cruiser.cjs`, run by the same `depcruise` command as
 * `npm run lint` over small trees laid out like the repository: a tree that keeps the
 * rules passes, and each deliberately forbidden import fails with its rule's name.
 */

const run = promisify(execFile);
const DEPCRUISE = join(REPO_ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');

/** Imports every layer may make. */
const ALLOWED: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true },
  }),
  'shared/domain/index.ts': "export { formatMillions } from './money';\n",
  'shared/domain/money.ts': 'export const formatMillions = (n: number) => `£${n / 1e6}m`;\n',
  // Inside a folder with an index, siblings import each other directly.
  'shared/domain/alerts/rule.ts': "export { formatMillions as format } from '../money';\n",
  'shared/domain/testing/fixture.ts': 'export const fixture = 1;\n',
  'shared/schemas/agreement.ts': "export { formatMillions } from '../domain';\n",
  // Tests may use fixtures, which are never part of an index.
  'shared/schemas/agreement.test.ts': "export { fixture } from '../domain/testing/fixture';\n",
  'shared/data/keys.ts': 'export const key = (la: string) => `COUNCIL#${la}`;\n',
  'shared/alerts/apply.ts': "export { key } from '../data/keys';\n",
  'functions/api/app.ts':
    "export { formatMillions } from '../../shared/domain';\nexport { key } from '../../shared/data/keys';\n",
  'functions/api/routes/councils.ts': "export { formatMillions } from '../app';\n",
  'functions/schedule/run.ts': "export { key } from '../../shared/alerts/apply';\n",
  'web/src/main.ts':
    "export { formatMillions } from '../../shared/domain';\nexport * from '../../shared/schemas/agreement';\n",
  'infra/local/start.ts': "export { formatMillions } from '../../functions/api/app';\n",
};

/** One forbidden import each, with the rule that must refuse it. */
const FORBIDDEN: [rule: string, file: string, source: string][] = [
  ['domain-is-pure', 'shared/domain/uses-schema.ts', "export * from '../schemas/agreement';\n"],
  ['domain-is-pure', 'shared/domain/uses-node.ts', "export { readFileSync } from 'node:fs';\n"],
  ['web-not-server', 'web/src/uses-function.ts', "export * from '../../functions/api/app';\n"],
  ['web-not-server', 'web/src/uses-data.ts', "export * from '../../shared/data/keys';\n"],
  ['web-not-server', 'web/src/uses-infra.ts', "export * from '../../infra/local/start';\n"],
  ['functions-independent', 'functions/schedule/uses-api.ts', "export * from '../api/app';\n"],
  [
    'shared-not-hosts',
    'shared/data/uses-function.ts',
    "export * from '../../functions/api/app';\n",
  ],
  ['through-index', 'functions/api/deep.ts', "export * from '../../shared/domain/money';\n"],
  ['through-index', 'web/src/deep.ts', "export * from '../../shared/domain/alerts/rule';\n"],
  ['no-circular', 'shared/data/cycle-a.ts', "export * from './cycle-b';\nexport const a = 1;\n"],
  ['no-circular', 'shared/data/cycle-b.ts', "export * from './cycle-a';\nexport const b = 1;\n"],
  ['not-to-unresolvable', 'shared/data/missing.ts', "export * from './nowhere';\n"],
];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  /** For a cycle, the modules on it. */
  cycle?: { name: string }[];
}

const involves = (violation: Violation, file: string) =>
  violation.from === file || (violation.cycle ?? []).some((step) => step.name === file);

function writeTree(root: string, files: Record<string, string>) {
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(join(root, dirname(file)), { recursive: true });
    writeFileSync(join(root, file), source);
  }
}

/** Runs depcruise as `npm run lint` does, with `--output-type`; resolves with its exit code and output. */
async function depcruise(root: string, outputType: 'err' | 'json') {
  const args = ['shared', 'functions', 'web', 'infra', '-c', CONFIG, '-T', outputType];
  try {
    const { stdout } = await run(DEPCRUISE, args, { cwd: root, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, stdout };
  }
}

async function violationsIn(root: string): Promise<Violation[]> {
  const { stdout } = await depcruise(root, 'json');
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('layering rules', () => {
  const roots: string[] = [];
  let lint: { clean: number; broken: number };
  let clean: Violation[];
  let broken: Violation[];

  beforeAll(async () => {
    const cleanRoot = mkdtempSync(join(tmpdir(), 'layering-clean-'));
    const brokenRoot = mkdtempSync(join(tmpdir(), 'layering-broken-'));
    roots.push(cleanRoot, brokenRoot);
    writeTree(cleanRoot, ALLOWED);
    writeTree(brokenRoot, {
      ...ALLOWED,
      ...Object.fromEntries(FORBIDDEN.map(([, file, source]) => [file, source])),
    });
    const [cleanLint, brokenLint] = await Promise.all([
      depcruise(cleanRoot, 'err'),
      depcruise(brokenRoot, 'err'),
    ]);
    lint = { clean: cleanLint.code, broken: brokenLint.code };
    [clean, broken] = await Promise.all([violationsIn(cleanRoot), violationsIn(brokenRoot)]);
  });

  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('pass a tree that keeps them, siblings and fixtures included', () => {
    expect(clean).toEqual([]);
    expect(lint.clean).toBe(0);
  });

  it('fail the lint when a forbidden import is added', () => {
    expect(lint.broken).not.toBe(0);
  });

  it.each(FORBIDDEN)('%s refuses the import in %s', (rule, file) => {
    const names = broken.filter((v) => involves(v, file)).map((v) => v.rule.name);
    expect(names).toContain(rule);
  });

  it('refuse nothing that is allowed', () => {
    const allowed = new Set(Object.keys(ALLOWED));
    expect(broken.filter((v) => allowed.has(v.from))).toEqual([]);
  });
});
