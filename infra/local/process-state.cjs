// Whether a process still runs, for the DATA_DIR lock and the DynamoDB Local watchdog.
// Plain CommonJS, so that the watchdog, started with `node` alone, can require it.
'use strict';
const { readFileSync } = require('node:fs');

/**
 * Linux's view of a process: its state letter and start time (clock ticks since boot),
 * or undefined where there is no /proc or no such process.
 */
function processStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields follow its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], started: fields[19] };
  } catch {
    return undefined;
  }
}

/**
 * Whether the process runs, and is the one that started at `started` when given. A killed
 * process whose parent is gone lingers as a zombie where nothing reaps orphans (a container
 * whose first process is not an init), and signal 0 still reaches it; a pid can be reused.
 * Neither counts. Without /proc, signal 0 decides.
 */
function running(pid, started) {
  const stat = processStat(pid);
  if (stat) {
    return (
      stat.state !== 'Z' &&
      stat.state !== 'X' &&
      (started === undefined || started === stat.started)
    );
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

module.exports = { processStat, running };
