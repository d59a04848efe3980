import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processStat, running } from './process-state.cjs';

/** Another local runner is using the data directory: two would write the same files. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another local runner (pid ${pid}) is using DATA_DIR ${dataDir}: stop it first, or choose another DATA_DIR.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/** A lock's owner: its pid and, where the system tells it (Linux), when it started. */
interface Owner {
  pid: number;
  started?: string;
}

/**
 * Takes the data directory for this process: a lock file holding our pid and start time.
 * A lock whose owner is no longer running (its runner was killed) is taken over. Returns
 * the release.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'runner.lock');
  const started = processStat(process.pid)?.started;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}${started ? ` ${started}` : ''}\n`, { flag: 'wx' });
      return () => {
        if (ownerOf(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(file);
      if (owner && owner.pid !== process.pid && running(owner.pid, owner.started)) {
        throw new DataDirInUseError(dataDir, owner.pid);
      }
      // Stale (its owner is gone, a zombie, or its pid reused) or unreadable: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock DATA_DIR ${dataDir}.`);
}

function ownerOf(file: string): Owner | undefined {
  try {
    const [pidText, started] = readFileSync(file, 'utf8').trim().split(' ');
    const pid = Number(pidText);
    return Number.isInteger(pid) && pid > 0 ? { pid, started } : undefined;
  } catch {
    return undefined;
  }
}
