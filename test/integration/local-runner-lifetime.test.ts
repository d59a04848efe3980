import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/free-port';

/**
 * The local runner's DynamoDB Local dies with it however it dies (kill -9 included), and
 * a second runner on the same DATA_DIR is refused until the first is gone.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'sv-lifetime-'));
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The DynamoDB Local processes (java) on the given data directory. */
function javaOn(dir: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .filter((line) => line.includes('java') && line.includes(dir))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function startRunner() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, port, exited, output: () => output };
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, port, exited, output: () => output };
}

async function until(check: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !check()) await new Promise((r) => setTimeout(r, 100));
  return check();
}

describe('the local runner and its DynamoDB Local', () => {
  it('refuses a second runner on the same DATA_DIR, and takes over after kill -9 with no Java left', async () => {
    const first = await startRunner();
    expect(first.child.exitCode, first.output()).toBeNull();
    const java = javaOn(dataDir);
    expect(java).toHaveLength(1);

    const second = await startRunner();
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain(`Another local runner (pid ${first.child.pid})`);
    expect(javaOn(dataDir)).toEqual(java);

    // kill -9 of the server alone: nothing of ours runs, yet its Java goes too.
    process.kill(first.child.pid!, 'SIGKILL');
    await first.exited;
    expect(await until(() => !alive(java[0]!), 5_000), 'DynamoDB Local outlived its runner').toBe(
      true,
    );

    const third = await startRunner();
    expect(third.child.exitCode, third.output()).toBeNull();
    expect(javaOn(dataDir)).toHaveLength(1);
    third.child.kill('SIGTERM');
    await third.exited;
    expect(await until(() => javaOn(dataDir).length === 0, 10_000)).toBe(true);
  }, 240_000);
});
