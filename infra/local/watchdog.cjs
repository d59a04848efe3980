// Stops a child (DynamoDB Local) as soon as its parent (the local runner) is gone, however
// the parent died, kill -9 included. Run as: node watchdog.cjs <parentPid> <childPid>.
// Plain CommonJS, started with `node` alone: nothing to compile, quick to start.
'use strict';
const parent = Number(process.argv[2]);
const child = Number(process.argv[3]);
// A zombie runner (nothing reaps orphans in some containers) counts as gone.
const { running: alive } = require('./process-state.cjs');
// Asked to stop (SIGTERM), DynamoDB Local finishes what it acknowledged; if it has not
// stopped within STOP_MS, it is killed.
const STOP_MS = 5000;
let stopping = 0;
const timer = setInterval(() => {
  if (!alive(child)) process.exit(0);
  if (stopping && Date.now() - stopping < STOP_MS) return;
  if (!alive(parent)) {
    try {
      process.kill(child, stopping ? 'SIGKILL' : 'SIGTERM');
    } catch {
      // already gone
    }
    stopping = stopping || Date.now();
  }
}, 250);
timer.unref?.call(timer);
setInterval(() => undefined, 1 << 30);
