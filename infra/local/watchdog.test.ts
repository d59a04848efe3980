import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startZombie } from '../../test/support/zombie';

const WATCHDOG = join(import.meta.dirname, 'watchdog.cjs');
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
});

function run(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'ignore' });
  started.push(child);
  return child;
}

const exited = (child: ChildProcess, ms: number) =>
  new Promise<boolean>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(true);
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });

describe('the DynamoDB Local watchdog', () => {
  it('stops the child once its parent is gone, and not before', async () => {
    const parent = run('sleep', ['30']);
    const child = run('sleep', ['30']);
    const watchdog = run(process.execPath, [WATCHDOG, String(parent.pid), String(child.pid)]);
    expect(await exited(child, 1_000), 'stopped while its parent runs').toBe(false);
    parent.kill('SIGKILL');
    expect(await exited(child, 3_000), 'outlived its parent').toBe(true);
    expect(await exited(watchdog, 3_000), 'the watchdog outlived the child').toBe(true);
  });

  it.runIf(process.platform === 'linux')(
    'stops the child when its parent lingers as a zombie that nothing reaps',
    async () => {
      const zombie = await startZombie();
      started.push(zombie.parent);
      const child = run('sleep', ['30']);
      run(process.execPath, [WATCHDOG, String(zombie.pid), String(child.pid)]);
      expect(await exited(child, 3_000), 'outlived its zombie parent').toBe(true);
    },
  );
});
