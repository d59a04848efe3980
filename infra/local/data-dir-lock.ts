import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
 * Linux's view of a process: its state letter and start time (in clock ticks since boot),
 * or undefined where there is no /proc or no such process.
 */
function procStat(pid: number): { state: string; started: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields follow its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, started: fields[19]! };
  } catch {
    return undefined;
  }
}

/**
 * Whether the lock's owner still runs. A killed runner whose parent is gone can linger as
 * a zombie where nothing reaps orphans (a container whose first process is not an init),
 * and its pid can be reused by another process: neither holds the directory.
 */
function alive(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(owner.pid);
  if (!stat) return true;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return owner.started === undefined || owner.started === stat.started;
}

/**
 * Takes the data directory for this process: a lock file holding our pid and start time.
 * A lock whose owner is no longer running (its runner was killed) is taken over. Returns
 * the release.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'runner.lock');
  const started = procStat(process.pid)?.started;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}${started ? ` ${started}` : ''}\n`, { flag: 'wx' });
      return () => {
        if (ownerOf(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(file);
      if (owner && owner.pid !== process.pid && alive(owner)) {
        throw new DataDirInUseError(dataDir, owner.pid);
      }
      // Stale (its owner is gone) or unreadable: take it over.
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
