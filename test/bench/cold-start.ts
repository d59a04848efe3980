import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { esbuildOptions, LAMBDA_ENTRIES } from '../../infra/constructs/node-bundling';
import { ensureTable } from '../../shared/data/create-table';
import { apiGatewayEvent } from './api-gateway-event';
import { LOCAL_AWS, median, type BenchResult } from './harness';

const run = promisify(execFile);

/** What each bundle is asked first, as its trigger would ask it. */
const EVENTS = {
  http: apiGatewayEvent({ method: 'GET', path: '/api/health' }),
  // A change the alert rules do not react to: the bundle loads and answers, no query.
  stream: {
    Records: [
      {
        eventID: '1',
        eventName: 'INSERT',
        dynamodb: {
          SequenceNumber: '1',
          NewImage: { pk: { S: 'COUNCIL#999' }, sk: { S: 'COUNCIL' }, type: { S: 'council' } },
        },
      },
    ],
  },
  scheduled: { 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} },
} as const;

/** Loads a bundle in this fresh process, answers one event, prints how long each took. */
const MEASURE = `
const [bundle, eventJson] = process.argv.slice(2);
const t0 = performance.now();
const { handler } = await import(bundle);
const t1 = performance.now();
const answer = await handler(JSON.parse(eventJson), { awsRequestId: 'bench', functionName: 'bench' });
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, answer }));
`;

interface Sample {
  load: number;
  first: number;
  answer: unknown;
}

interface Subject {
  name: string;
  bundle: string;
  event: keyof typeof EVENTS;
  baseline?: string;
  samples: Sample[];
}

/**
 * Cold start: each Lambda bundle built as CDK builds it, loaded by a fresh Node process
 * that answers one event, next to a minimal Hono + DynamoDB client bundle built the same
 * way, rounds interleaved so both see the same machine. Init = module load + first answer.
 */
export async function benchColdStart(endpoint: string, rounds = 15): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
  try {
    const tableName = `bench-${randomUUID()}`;
    await ensureTable(new DynamoDBClient({ ...LOCAL_AWS, endpoint }), tableName);
    const entries = {
      ...LAMBDA_ENTRIES,
      minimal: 'test/bench/minimal-lambda.ts',
    };
    const bundles: Record<string, string> = {};
    for (const [name, entry] of Object.entries(entries)) {
      // As `cdk synth` builds it: `index.mjs` and the chunks it loads on demand.
      await build(esbuildOptions(entry, join(dir, name)));
      bundles[name] = join(dir, name, 'index.mjs');
    }
    const measure = join(dir, 'measure.mjs');
    writeFileSync(measure, MEASURE);

    const subjects: Subject[] = [
      { name: 'minimal (HTTP event)', bundle: bundles.minimal!, event: 'http', samples: [] },
      { name: 'minimal (one query)', bundle: bundles.minimal!, event: 'scheduled', samples: [] },
      {
        name: 'api',
        bundle: bundles.api!,
        event: 'http',
        baseline: 'minimal (HTTP event)',
        samples: [],
      },
      {
        name: 'alerts',
        bundle: bundles.alerts!,
        event: 'stream',
        baseline: 'minimal (HTTP event)',
        samples: [],
      },
      {
        name: 'schedule',
        bundle: bundles.schedule!,
        event: 'scheduled',
        baseline: 'minimal (one query)',
        samples: [],
      },
    ];
    const env = {
      PATH: process.env.PATH,
      // As Lambda runs a function built with source maps (CDK sets it).
      NODE_OPTIONS: '--enable-source-maps',
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      TABLE_NAME: tableName,
      AUTH_ISSUER: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_bench',
      AUTH_AUDIENCE: 'bench',
      COUNCIL_ROLE_ARN: 'arn:aws:iam::123456789012:role/bench-council',
      DFE_READER_ROLE_ARN: 'arn:aws:iam::123456789012:role/bench-dfe-reader',
      DFE_WRITER_ROLE_ARN: 'arn:aws:iam::123456789012:role/bench-dfe-writer',
      ALERT_TOPIC_ARN: 'arn:aws:sns:eu-west-2:123456789012:bench',
    };
    for (let round = 0; round < rounds + 1; round++) {
      for (const subject of subjects) {
        const { stdout } = await run(
          process.execPath,
          [measure, subject.bundle, JSON.stringify(EVENTS[subject.event])],
          { env, cwd: dir },
        );
        const sample = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Sample;
        assertAnswered(subject, sample.answer);
        // The first round warms the disk cache for every bundle alike; it is not counted.
        if (round > 0) subject.samples.push(sample);
      }
    }

    const init = (s: Subject) => median(s.samples.map((x) => x.load + x.first));
    const byName = new Map(subjects.map((s) => [s.name, s]));
    const ratios = subjects.map((s) => {
      const baseline = s.baseline ? byName.get(s.baseline) : undefined;
      return baseline ? init(s) / init(baseline) : undefined;
    });
    return {
      name: `Cold start: Lambda bundles vs a minimal Hono + DynamoDB bundle (${rounds} fresh processes each)`,
      rows: subjects.map((s, i) => ({
        bundle: s.name,
        'size KiB': (statSync(s.bundle).size / 1024).toFixed(0),
        'with chunks KiB': (totalSize(dirname(s.bundle)) / 1024).toFixed(0),
        'load ms': median(s.samples.map((x) => x.load)).toFixed(1),
        'first answer ms': median(s.samples.map((x) => x.first)).toFixed(1),
        'init ms': init(s).toFixed(1),
        'ratio to minimal': ratios[i]?.toFixed(2) ?? '',
        'goal ≤ 1.5 ×': ratios[i] === undefined ? '' : ratios[i] <= 1.5 ? 'met' : 'NOT met',
      })),
      goal: 'each bundle’s init within 1.5 × the minimal bundle’s',
      met: ratios.every((r) => r === undefined || r <= 1.5),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A bundle that failed its first event would be timed for nothing: stop the bench. */
function assertAnswered(subject: Subject, answer: unknown) {
  const ok =
    subject.event === 'http'
      ? (answer as { statusCode?: number } | undefined)?.statusCode === 200
      : subject.event === 'stream'
        ? (answer as { batchItemFailures?: unknown[] }).batchItemFailures?.length === 0
        : typeof answer === 'object' && answer !== null;
  if (!ok) throw new Error(`${subject.name}: unexpected first answer ${JSON.stringify(answer)}`);
}

/** The bytes of a bundle's code as deployed: `index.mjs` and its chunks, without maps. */
function totalSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mjs'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}
