import { spawn, type ChildProcess } from 'node:child_process';
import { processStat } from '../../infra/local/process-state.cjs';

/**
 * A zombie process, as a killed runner becomes where nothing reaps orphans: a shell forks
 * a short sleep and execs a long one, which never waits for it. Linux only (reads /proc).
 * Kill `parent` to let it be reaped.
 */
export async function startZombie(): Promise<{ pid: number; parent: ChildProcess }> {
  const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 30'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const pid = await new Promise<number>((done) =>
    parent.stdout.once('data', (chunk: Buffer) => done(Number(chunk.toString().trim()))),
  );
  for (let i = 0; i < 100; i++) {
    if (processStat(pid)?.state === 'Z') return { pid, parent };
    await new Promise((r) => setTimeout(r, 20));
  }
  parent.kill('SIGKILL');
  throw new Error(`pid ${pid} did not become a zombie`);
}
