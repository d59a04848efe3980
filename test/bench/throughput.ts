import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { freePort } from '../../infra/local/free-port';
import { agreementBody, completeReturn } from '../support/fixtures';
import { client, eventually } from '../support/http';
import type { BenchResult } from './harness';
import { UNTHROTTLED } from '../../shared/config/rate-limits';

const COUNCILS = ['401', '402', '403', '404', '405'];
const PERIODS = [
  '2023-24-Q1',
  '2023-24-Q2',
  '2023-24-Q3',
  '2023-24-Q4',
  '2024-25-Q1',
  '2024-25-Q2',
  '2024-25-Q3',
  '2024-25-Q4',
  '2025-26-Q1',
  '2025-26-Q2',
];

/**
 * Requests per second through the real local runner (a separate process, as users meet
 * it), 50 connections: a mixed read workload, then draft edits that should all succeed.
 */
export async function benchThroughput(seconds = 10): Promise<BenchResult> {
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: 'memory',
      SEED: 'none',
      // 50 connections on one token is a load test, not a person: fair use stays out of it.
      RATE_LIMIT_PER_MINUTE: String(UNTHROTTLED.perCallerPerMinute),
      RATE_LIMIT_EXPENSIVE_PER_MINUTE: String(UNTHROTTLED.expensivePerCallerPerMinute),
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const api = client(base);
    await eventually(
      async () =>
        (await fetch(`${base}/api/health`).catch(() => undefined))?.ok ? true : undefined,
      60_000,
      250,
    );
    const admin = await api.token({ sub: 'bench-admin', role: 'dfe-admin' });
    const editors = new Map<string, string>();
    for (const laCode of COUNCILS) {
      await api.call('POST', '/api/v1/councils', {
        token: admin,
        body: { laCode, name: `Council ${laCode}` },
      });
      await api.call('PUT', `/api/v1/councils/${laCode}/agreement`, {
        token: admin,
        body: agreementBody(),
      });
      editors.set(
        laCode,
        await api.token({ sub: `editor-${laCode}`, role: 'council-editor', laCode }),
      );
      await api.call('PUT', `/api/v1/councils/${laCode}/returns/2025-26-Q4`, {
        token: editors.get(laCode),
        body: completeReturn(),
      });
    }

    const readPaths = ['agreement', 'returns', 'returns/2025-26-Q4', 'conditions', 'tranches'];
    const reads = await run({
      url: base,
      connections: 50,
      duration: seconds,
      requests: readPaths.map((path, i) => ({
        method: 'GET',
        path: `/api/v1/councils/${COUNCILS[i % COUNCILS.length]}/${path}`,
        headers: { Authorization: `Bearer ${editors.get(COUNCILS[i % COUNCILS.length]!)}` },
      })),
    });

    // An edit as a user makes it: read the return, then save it with the version read.
    // autocannon clears a connection's context at each loop over the requests, so each
    // loop borrows a return from a pool and gives it back: no two connections edit one.
    const pool = COUNCILS.flatMap((laCode) => PERIODS.map((period) => ({ laCode, period })));
    for (const { laCode, period } of pool) {
      await api.call('PUT', `/api/v1/councils/${laCode}/returns/${period}`, {
        token: editors.get(laCode),
        body: completeReturn(),
      });
    }
    const body = JSON.stringify(completeReturn());
    type Ctx = { target?: { laCode: string; period: string }; version?: number };
    const target = (ctx: Ctx) => (ctx.target ??= pool.shift());
    const writes = await run({
      url: base,
      connections: 50,
      duration: seconds,
      requests: [
        {
          method: 'GET',
          setupRequest: (req: autocannon.Request, ctx: Ctx) => {
            const t = target(ctx)!;
            return {
              ...req,
              path: `/api/v1/councils/${t.laCode}/returns/${t.period}`,
              headers: { Authorization: `Bearer ${editors.get(t.laCode)}` },
            };
          },
          onResponse: (status: number, text: string, ctx: Ctx) => {
            if (status === 200) ctx.version = (JSON.parse(text) as { version: number }).version;
          },
        },
        {
          method: 'PUT',
          setupRequest: (req: autocannon.Request, ctx: Ctx) => {
            const t = target(ctx)!;
            return {
              ...req,
              path: `/api/v1/councils/${t.laCode}/returns/${t.period}`,
              headers: {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${editors.get(t.laCode)}`,
                'If-Match': String(ctx.version),
              },
              body,
            };
          },
          onResponse: (_status: number, _text: string, ctx: Ctx) => {
            if (ctx.target) pool.push(ctx.target);
          },
        },
      ],
    });

    const row = (name: string, r: autocannon.Result) => ({
      workload: name,
      'requests/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      requests: r.requests.total,
      errors: r.errors + r.timeouts + r.non2xx,
      statuses: Object.entries(r.statusCodeStats ?? {})
        .map(([code, { count }]) => `${code}×${count}`)
        .join(' '),
    });
    const rows = [
      row('mixed reads (5 routes)', reads),
      row('draft edits (GET, then PUT with If-Match)', writes),
    ];
    return {
      name: `Throughput: autocannon, 50 connections, ${seconds} s each, against the local runner`,
      rows,
      goal: 'zero errors',
      met: rows.every((r) => r.errors === 0),
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error as Error) : resolve(result)));
  });
}
