import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm start`'s program until it prints its address, then stops it with Ctrl-C. */
function startAndStop(): Promise<{ lines: string[]; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DATA_DIR: 'memory', SEED: 'demo' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stopping = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`No address within the time allowed. Output so far:\n${out}`));
    }, 100_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (!stopping && /running at http:\/\/localhost:\d+\n/.test(out)) {
        stopping = true;
        // Anything it logs after the address would push the address up: wait a little.
        setTimeout(() => child.kill('SIGINT'), 1500);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ lines: out.split('\n'), code });
    });
  });
}

describe('npm start', () => {
  it('prints a short start-up and the address last, alone on its line', async () => {
    const { lines, code } = await startAndStop();
    const upToStop = lines.slice(
      0,
      lines.findIndex((line) => line.includes('received: stopping')),
    );
    const printed = upToStop.filter((line) => line.trim() !== '');
    expect(printed.at(-1)).toMatch(
      /^Safety Valve monitoring is running at http:\/\/localhost:\d+$/,
    );
    // The demo's alerts and the first scheduled checks are detail, not start-up output.
    expect(printed.length).toBeLessThanOrEqual(3);
    expect(printed.join('\n')).not.toContain('alert notification');
    expect(code).toBe(0);
  }, 120_000);
});
