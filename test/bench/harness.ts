import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { serve, type ServerType } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../functions/api/app';
import { createLocalIdentity } from '../../infra/local/identity';
import { createDb, type Store } from '../../shared/data/client';
import { ensureTable } from '../../shared/data/create-table';

export const LOCAL_AWS = {
  region: 'eu-west-2',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

/** A fresh table on DynamoDB Local and the API over it on a free port. */
export async function startBenchApi(endpoint: string) {
  const tableName = `bench-${randomUUID()}`;
  await ensureTable(new DynamoDBClient({ ...LOCAL_AWS, endpoint }), tableName);
  const store: Store = { db: createDb({ ...LOCAL_AWS, endpoint }), tableName };
  const identity = await createLocalIdentity({ personas: () => Promise.resolve([]) });
  const app = createApp({
    store,
    verifyToken: identity.verifyToken,
    logger: new Logger({ logLevel: 'SILENT' }),
    devIdentity: identity,
    now: () => new Date(),
  });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    store,
    identity,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** Times one call in milliseconds. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export interface BenchResult {
  name: string;
  rows: Record<string, string | number>[];
  goal?: string;
  met?: boolean;
}

/**
 * Writes every result as JSON and as a markdown table under bench-results/. A run of
 * some benchmarks replaces their results and keeps the others' from earlier runs.
 */
export function report(
  latest: BenchResult[],
  machine: string,
  { print = true }: { print?: boolean } = {},
) {
  mkdirSync('bench-results', { recursive: true });
  const names = new Set(latest.map((r) => r.name));
  const results = [...earlierResults().filter((r) => !names.has(r.name)), ...latest];
  writeFileSync(
    'bench-results/results.json',
    JSON.stringify({ machine, at: new Date().toISOString(), results }, null, 2),
  );
  const md = [`Machine: ${machine}`, ''];
  for (const result of results) {
    md.push(`### ${result.name}`, '');
    const columns = Object.keys(result.rows[0] ?? {});
    md.push(`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`);
    for (const row of result.rows) md.push(`| ${columns.map((c) => row[c]).join(' | ')} |`);
    if (result.goal) md.push('', `Goal: ${result.goal} — ${result.met ? 'met' : 'NOT met'}`);
    md.push('');
  }
  writeFileSync('bench-results/results.md', md.join('\n'));
  if (print) console.log(md.join('\n'));
}

function earlierResults(): BenchResult[] {
  const file = 'bench-results/results.json';
  if (!existsSync(file)) return [];
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { results: BenchResult[] }).results;
  } catch {
    return [];
  }
}
