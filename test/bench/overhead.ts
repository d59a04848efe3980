import { handle } from 'hono/aws-lambda';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';
import { apiGatewayEvent } from './api-gateway-event';
import { median, percentile, startBenchApi, time, type BenchResult } from './harness';
import { captureCalls, replayCalls } from './replay-calls';

type Send = (
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ version?: number }>;

/**
 * What the service adds on top of the database: each main route timed end to end
 * through auth, validation, the use case and the data layer, next to the very same
 * DynamoDB calls sent raw with the SDK, in the same run, interleaved.
 *
 * Each route is sent two ways: to the Lambda handler as API Gateway invokes it (the
 * product's code as it runs in AWS, where API Gateway does the HTTP) and through the
 * local HTTP server (the same app behind Node's HTTP server and a fetch client, on one
 * event loop). The raw calls are the route's own, captured from a run of it: the same
 * reads in the same waves, and its transaction's very items under fresh keys.
 */
export async function benchOverhead(endpoint: string, rounds = 80): Promise<BenchResult> {
  const api = await startBenchApi(endpoint);
  for (let i = 0; i < 15; i++) {
    await buildCouncil(api.store, String(300 + i), `Council ${300 + i}`);
    await buildSubmittedReturn(api.store, String(300 + i), '2024-25-Q2');
  }
  const editor = await api.identity.issueToken({ sub: 'e', role: 'council-editor', laCode: '300' });
  const reviewer = await api.identity.issueToken({ sub: 'r', role: 'dfe-reviewer' });
  const requestHeaders = (token: string, body: unknown, headers: Record<string, string>) => ({
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(body ? { 'Content-Type': 'application/json' } : {}),
    ...headers,
  });
  const answer = (method: string, path: string, status: number, text: string) => {
    if (status >= 300) throw new Error(`${method} ${path}: ${status} ${text}`);
    return text ? (JSON.parse(text) as { version?: number }) : {};
  };
  const overHttp: Send = async (method, path, token, body, headers = {}) => {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: requestHeaders(token, body, headers),
      body: body ? JSON.stringify(body) : undefined,
    });
    return answer(method, path, res.status, await res.text());
  };
  const serve = handle(api.app);
  const lambdaContext = { awsRequestId: 'bench', functionName: 'bench' } as Parameters<
    typeof serve
  >[1];
  const toLambda: Send = async (method, path, token, body, headers = {}) => {
    const res = await serve(
      apiGatewayEvent({
        method,
        path,
        headers: requestHeaders(token, body, headers),
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
      lambdaContext,
    );
    return answer(method, path, res.statusCode, res.body);
  };

  // Writes need fresh state: saves chain on one draft's version, each submit takes its own return.
  const writeRounds = Math.min(rounds, 60);
  let saveVersion = 0;
  let submitIndex = 0;
  const submitPeriods = [
    '2023-24-Q1',
    '2023-24-Q2',
    '2023-24-Q3',
    '2023-24-Q4',
    '2024-25-Q1',
    '2024-25-Q3',
    '2024-25-Q4',
    '2025-26-Q1',
    '2025-26-Q2',
    '2025-26-Q3',
  ];
  const submitCouncils = Array.from({ length: 14 }, (_, i) => String(301 + i));
  const submitTargets: { laCode: string; period: string }[] = [];
  for (const laCode of submitCouncils)
    for (const period of submitPeriods) submitTargets.push({ laCode, period });
  // Warm-ups (5 each way), the captured run, then the timed rounds each way.
  const submits = 5 * 2 + 1 + writeRounds * 2;
  if (submits > submitTargets.length) throw new Error('overhead: too few returns to submit');
  const approvers = new Map<string, string>();
  for (const laCode of submitCouncils) {
    const token = await api.identity.issueToken({ sub: 'e', role: 'council-editor', laCode });
    for (const t of submitTargets.slice(0, submits).filter((t) => t.laCode === laCode))
      await overHttp(
        'PUT',
        `/api/v1/councils/${laCode}/returns/${t.period}`,
        token,
        completeReturn(),
      );
    approvers.set(
      laCode,
      await api.identity.issueToken({ sub: 'a', role: 'council-approver', laCode }),
    );
  }
  const draft = await overHttp(
    'PUT',
    '/api/v1/councils/300/returns/2025-26-Q4',
    editor,
    completeReturn(),
  );
  saveVersion = draft.version ?? 1;

  const routes: [string, (send: Send) => Promise<unknown>][] = [
    [
      'GET agreement (council home)',
      (send) => send('GET', '/api/v1/councils/300/agreement', editor),
    ],
    ['GET a return', (send) => send('GET', '/api/v1/councils/300/returns/2024-25-Q2', editor)],
    [
      'GET overview (15 councils)',
      (send) => send('GET', '/api/v1/overview?period=2024-25-Q2', reviewer),
    ],
    [
      'PUT save draft',
      async (send) => {
        const saved = await send(
          'PUT',
          '/api/v1/councils/300/returns/2025-26-Q4',
          editor,
          completeReturn(),
          { 'If-Match': String(saveVersion) },
        );
        saveVersion = saved.version ?? saveVersion + 1;
      },
    ],
    [
      'POST submit',
      (send) => {
        const t = submitTargets[submitIndex++]!;
        return send(
          'POST',
          `/api/v1/councils/${t.laCode}/returns/${t.period}/submit`,
          approvers.get(t.laCode)!,
          { signOff: { name: 'S', role: 'S151' } },
          { 'Idempotency-Key': `bench-${t.laCode}-${t.period}` },
        );
      },
    ],
  ];

  const rows: Record<string, string | number>[] = [];
  let allMet = true;
  // The hop alone: a route that makes no DynamoDB call, each way.
  const health = { http: [] as number[], lambda: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    health.http.push(await time(() => overHttp('GET', '/api/health', '')));
    health.lambda.push(await time(() => toLambda('GET', '/api/health', '')));
  }
  rows.push({
    route: 'GET /api/health (no DynamoDB call: the hop alone)',
    'Lambda handler median ms': median(health.lambda).toFixed(2),
    'local HTTP median ms': median(health.http).toFixed(2),
    'DynamoDB calls': 0,
    'sequential round trips': 0,
    'raw DynamoDB median ms': '',
    ratio: '',
    'ratio through local HTTP': '',
    'goal ≤ 1.3 ×': '',
  });
  for (const [name, run] of routes) {
    for (let i = 0; i < 5; i++) {
      await run(toLambda);
      await run(overHttp);
    }
    const capture = captureCalls(api.store.db);
    await run(toLambda);
    capture.stop();
    const waves = capture.waves();
    const raw = replayCalls(api.store.db, waves);
    await raw();
    const viaLambda: number[] = [];
    const viaHttp: number[] = [];
    const rawTimes: number[] = [];
    const n = name.startsWith('GET') ? rounds : writeRounds;
    for (let i = 0; i < n; i++) {
      viaLambda.push(await time(() => run(toLambda)));
      viaHttp.push(await time(() => run(overHttp)));
      rawTimes.push(await time(raw));
    }
    const expected = median(rawTimes);
    const ratio = median(viaLambda) / expected;
    allMet &&= ratio <= 1.3;
    rows.push({
      route: name,
      'Lambda handler median ms': median(viaLambda).toFixed(2),
      'local HTTP median ms': median(viaHttp).toFixed(2),
      'DynamoDB calls': waves.flat().length,
      'sequential round trips': waves.length,
      'raw DynamoDB median ms': `${expected.toFixed(2)} (same calls; p99 ${percentile(rawTimes, 99).toFixed(2)})`,
      ratio: ratio.toFixed(2),
      'ratio through local HTTP': (median(viaHttp) / expected).toFixed(2),
      'goal ≤ 1.3 ×': ratio <= 1.3 ? 'met' : 'NOT met',
    });
  }
  await api.close();
  return {
    name: 'Overhead over the database (auth, validation, use case, data layer vs the same DynamoDB calls raw)',
    rows,
    goal: 'median through the Lambda handler ≤ 1.3 × the same DynamoDB calls sent raw',
    met: allMet,
  };
}
