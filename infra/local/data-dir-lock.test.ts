import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startZombie } from '../../test/support/zombie';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sv-lock-'));
  dirs.push(dir);
  return dir;
}

/** Writes a lock as another runner would have: its pid and, optionally, its start time. */
function lockedBy(dir: string, content: string) {
  writeFileSync(join(dir, 'runner.lock'), `${content}\n`);
}

describe('lockDataDir', () => {
  it('refuses a directory whose owner runs, and releases only its own lock', () => {
    const dir = dataDir();
    const release = lockDataDir(dir);
    const other = spawn('sleep', ['30']);
    children.push(other);
    expect(existsSync(join(dir, 'runner.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'runner.lock'))).toBe(false);

    lockedBy(dir, String(other.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(`Another local runner (pid ${other.pid})`);
  });

  it('takes over the lock of a runner that is gone', async () => {
    const dir = dataDir();
    const gone = spawn('true');
    await new Promise((done) => gone.once('exit', done));
    lockedBy(dir, String(gone.pid));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'runner.lock'), 'utf8')).toMatch(
      new RegExp(`^${process.pid}\\b`),
    );
    release();
  });

  it.runIf(process.platform === 'linux')(
    'takes over the lock of a killed runner left a zombie, as in a container that reaps no orphans',
    async () => {
      const dir = dataDir();
      const zombie = await startZombie();
      children.push(zombie.parent);
      lockedBy(dir, String(zombie.pid));
      expect(() => lockDataDir(dir)()).not.toThrow();
    },
  );

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose pid now belongs to a process started later',
    () => {
      const dir = dataDir();
      const other = spawn('sleep', ['30']);
      children.push(other);
      // Same pid, but the runner that wrote the lock started at another time.
      lockedBy(dir, `${other.pid} 1`);
      expect(() => lockDataDir(dir)()).not.toThrow();
    },
  );
});
