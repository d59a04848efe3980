import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTable } from '../../shared/data/create-table';
import { keys } from '../../shared/data/keys';
import { agreementBody, completeReturn } from '../support/fixtures';
import { serviceFunction, synth } from '../infra/synth';

/**
 * The deployed artefacts, not the source: the esbuild bundles `cdk synth` builds for each
 * function (the stack's own bundling, run for real), each loaded in a fresh Node process
 * with only the environment Lambda would give it, against DynamoDB Local. Around them,
 * one local server plays the rest of AWS and the identity provider: the JWKS of the token
 * issuer, STS (AssumeRole), SNS (Publish), and a proxy to DynamoDB Local that records
 * which credentials signed each request.
 */

const run = promisify(execFile);

const REGION = 'eu-west-2';
const AUDIENCE = 'web-client-id';
const ACCOUNT = '111122223333';
const ROLES = {
  COUNCIL_ROLE_ARN: `arn:aws:iam::${ACCOUNT}:role/council`,
  DFE_READER_ROLE_ARN: `arn:aws:iam::${ACCOUNT}:role/dfe-reader`,
  DFE_WRITER_ROLE_ARN: `arn:aws:iam::${ACCOUNT}:role/dfe-writer`,
};
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`;
/** The function's own credentials, as Lambda sets them; they must never reach the table. */
const OWN_KEY = 'ASIAFUNCTIONOWNROLE';

const FUNCTIONS = {
  api: 'safety-valve-api',
  alerts: 'safety-valve-alerts',
  schedule: 'safety-valve-schedule',
} as const;
type FunctionName = keyof typeof FUNCTIONS;

/** Imports the bundle, invokes its handler with each event in turn, writes the results. */
const RUNNER = `
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const { handler } = await import(pathToFileURL(process.env.BUNDLE).href);
const events = JSON.parse(readFileSync(process.env.EVENTS_FILE, 'utf8'));
const context = { awsRequestId: 'bundle-test', functionName: 'bundle-test', getRemainingTimeInMillis: () => 10000 };
const results = [];
for (const event of events) results.push(await handler(event, context));
writeFileSync(process.env.RESULTS_FILE, JSON.stringify(results));
`;

interface AssumeRoleCall {
  roleArn: string;
  sessionName: string;
  tags: Record<string, string>;
  accessKeyId: string;
}

interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

let server: Server;
let issuer: string;
let tableName: string;
let ddb: DynamoDBClient;
let sign: (claims: Record<string, unknown>) => Promise<string>;
const bundles = {} as Record<FunctionName, string>;
const assumed: AssumeRoleCall[] = [];
const published: Record<string, string>[] = [];
/** The access key that signed each DynamoDB request, with its operation. */
const signedBy: { key: string; target: string }[] = [];
let work: string;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function xml(action: string, namespace: string, result: string): string {
  return `<${action}Response xmlns="${namespace}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`;
}

async function startFakeAws(ddbEndpoint: string, jwks: object): Promise<string> {
  server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const target = req.headers['x-amz-target'];
      if (typeof target === 'string' && target.startsWith('DynamoDB_')) {
        const credential = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
        signedBy.push({ key: credential ?? '(unsigned)', target: target.split('.')[1] ?? target });
        const forwarded = await fetch(`${ddbEndpoint}${req.url ?? '/'}`, {
          method: req.method,
          headers: {
            'content-type': req.headers['content-type'] ?? 'application/x-amz-json-1.0',
            'x-amz-target': target,
            authorization: req.headers.authorization ?? '',
            'x-amz-date': String(req.headers['x-amz-date'] ?? ''),
          },
          body: new Uint8Array(body),
        });
        const headers: Record<string, string> = {};
        for (const name of ['content-type', 'x-amzn-requestid', 'x-amz-crc32']) {
          const value = forwarded.headers.get(name);
          if (value) headers[name] = value;
        }
        res.writeHead(forwarded.status, headers);
        res.end(Buffer.from(await forwarded.arrayBuffer()));
        return;
      }
      if (req.url === '/.well-known/jwks.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(jwks));
        return;
      }
      const form = new URLSearchParams(body.toString('utf8'));
      const action = form.get('Action');
      if (action === 'AssumeRole') {
        const tags: Record<string, string> = {};
        for (let i = 1; form.has(`Tags.member.${i}.Key`); i++) {
          tags[form.get(`Tags.member.${i}.Key`) as string] =
            form.get(`Tags.member.${i}.Value`) ?? '';
        }
        const accessKeyId = `ASIASESSION${assumed.length + 1}`;
        assumed.push({
          roleArn: form.get('RoleArn') ?? '',
          sessionName: form.get('RoleSessionName') ?? '',
          tags,
          accessKeyId,
        });
        const expiration = new Date(Date.now() + 3600_000).toISOString();
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          xml(
            'AssumeRole',
            'https://sts.amazonaws.com/doc/2011-06-15/',
            `<Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token-${accessKeyId}</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROA:${form.get('RoleSessionName')}</AssumedRoleId><Arn>${form.get('RoleArn')}</Arn></AssumedRoleUser>`,
          ),
        );
        return;
      }
      if (action === 'Publish') {
        published.push(Object.fromEntries(form));
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          xml(
            'Publish',
            'http://sns.amazonaws.com/doc/2010-03-31/',
            `<MessageId>${randomUUID()}</MessageId>`,
          ),
        );
        return;
      }
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`The fake AWS does not know this request: ${req.method} ${req.url} ${action}`);
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Invokes one bundle in a new Node process, as Lambda would, with these events in turn. */
async function invoke<T>(fn: FunctionName, events: unknown[], env: Record<string, string>) {
  const id = randomUUID();
  const eventsFile = join(work, `${id}.events.json`);
  const resultsFile = join(work, `${id}.results.json`);
  writeFileSync(eventsFile, JSON.stringify(events));
  try {
    await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', RUNNER], {
      env: {
        PATH: process.env.PATH ?? '',
        // What Lambda sets: region, the function's own credentials, the service name.
        AWS_REGION: REGION,
        AWS_ACCESS_KEY_ID: OWN_KEY,
        AWS_SECRET_ACCESS_KEY: 'own-secret',
        AWS_SESSION_TOKEN: 'own-token',
        AWS_CONFIG_FILE: join(work, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-credentials'),
        AWS_ENDPOINT_URL_DYNAMODB: issuer,
        AWS_ENDPOINT_URL_STS: issuer,
        AWS_ENDPOINT_URL_SNS: issuer,
        POWERTOOLS_SERVICE_NAME: FUNCTIONS[fn],
        POWERTOOLS_LOG_LEVEL: 'WARN',
        TABLE_NAME: tableName,
        ...env,
        BUNDLE: bundles[fn],
        EVENTS_FILE: eventsFile,
        RESULTS_FILE: resultsFile,
      },
      timeout: 20_000,
      maxBuffer: 10 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The ${fn} bundle failed:\n${stderr ?? ''}\n${stdout ?? ''}`, {
      cause: error,
    });
  }
  return JSON.parse(readFileSync(resultsFile, 'utf8')) as T[];
}

/** A synthetic API Gateway HTTP API (payload format 2.0) event. */
function httpEvent(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    host: 'abc123.execute-api.eu-west-2.amazonaws.com',
    'user-agent': 'bundle-test',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...options.headers,
  };
  return {
    version: '2.0',
    routeKey: path === '/api/health' ? 'GET /api/health' : 'ANY /api/v1/{proxy+}',
    rawPath: path,
    rawQueryString: '',
    headers,
    requestContext: {
      accountId: ACCOUNT,
      apiId: 'abc123',
      domainName: headers.host,
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'bundle-test' },
      requestId: randomUUID(),
      routeKey: 'ANY /api/v1/{proxy+}',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    ...(options.body === undefined
      ? {}
      : { body: JSON.stringify(options.body), isBase64Encoded: false }),
  };
}

const json = (result: HttpResult) => JSON.parse(result.body) as Record<string, unknown>;

describe('the esbuild bundles, as deployed', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'safety-valve-bundles-'));

    // The stack's own bundling: NodejsFunction with nodeFunctionCode(), esbuild for real.
    const built = synth({ stage: 'dev', bundle: true });
    const sizes: Record<
      string,
      { 'index.mjs (KiB)': number; 'gzip (KiB)': number; 'source map (KiB)': number }
    > = {};
    for (const [fn, service] of Object.entries(FUNCTIONS) as [FunctionName, string][]) {
      const code = serviceFunction(built.template, service).properties.Code as { S3Key: string };
      const dir = join(built.outdir, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
      bundles[fn] = join(dir, 'index.mjs');
      const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;
      sizes[fn] = {
        'index.mjs (KiB)': kib(statSync(bundles[fn]).size),
        'gzip (KiB)': kib(gzipSync(readFileSync(bundles[fn])).length),
        'source map (KiB)': kib(statSync(`${bundles[fn]}.map`).size),
      };
    }
    console.log('Lambda bundle sizes');
    console.table(sizes);

    const ddbEndpoint = inject('ddbEndpoint');
    ddb = new DynamoDBClient({
      region: REGION,
      endpoint: ddbEndpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    tableName = `bundle-${randomUUID()}`;
    await ensureTable(ddb, tableName);

    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwks = {
      keys: [{ ...(await exportJWK(publicKey)), kid: 'bundle', alg: 'RS256', use: 'sig' }],
    };
    issuer = await startFakeAws(ddbEndpoint, jwks);
    // Shaped like a Cognito ID token: groups and the council as custom:laCode.
    sign = ({ sub, ...claims }) =>
      new SignJWT({ token_use: 'id', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'bundle' })
        .setSubject(String(sub))
        .setIssuer(issuer)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    ddb?.destroy();
  });

  it('the API answers health and authenticated routes through tenant-scoped credentials', async () => {
    const token = (role: string, laCode?: string) =>
      sign({
        sub: `${role}-user`,
        name: `A ${role}`,
        'cognito:groups': [role],
        ...(laCode ? { 'custom:laCode': laCode } : {}),
      });
    const [admin, reviewer, editor, approver, otherCouncil] = await Promise.all([
      token('dfe-admin'),
      token('dfe-reviewer'),
      token('council-editor', '351'),
      token('council-approver', '351'),
      token('council-viewer', '865'),
    ]);
    const period = '2024-25-Q2';
    const base = '/api/v1/councils/351';
    // £20.4m above the planned cumulative deficit of 2024-25 (£4m): a red trajectory breach.
    const content = completeReturn({
      finance: { ...completeReturn().finance!, forecastCumulativeDeficit: 24_400_000 },
    });

    const started = performance.now();
    const results = await invoke<HttpResult>(
      'api',
      [
        httpEvent('GET', '/api/health'),
        httpEvent('GET', '/api/v1/councils'),
        httpEvent('POST', '/api/v1/councils', {
          token: admin,
          body: { laCode: '351', name: 'Bury' },
        }),
        httpEvent('PUT', `${base}/agreement`, { token: admin, body: agreementBody() }),
        httpEvent('GET', '/api/v1/councils', { token: editor }),
        httpEvent('GET', base, { token: otherCouncil }),
        httpEvent('PUT', `${base}/returns/${period}`, { token: editor, body: content }),
        httpEvent('POST', `${base}/returns/${period}/submit`, {
          token: approver,
          body: { signOff: { name: 'Ann Example', role: 'Section 151 officer' } },
          headers: { 'idempotency-key': 'bundle-submit-1' },
        }),
        httpEvent('GET', '/api/v1/alerts', { token: reviewer }),
        // pdfmake and its fonts as bundled: nothing of node_modules is beside the bundle.
        httpEvent('GET', `${base}/returns/${period}.pdf`, { token: editor }),
      ],
      {
        AUTH_ISSUER: issuer,
        AUTH_AUDIENCE: AUDIENCE,
        ...ROLES,
      },
    );
    console.log(
      `API bundle: ${results.length} requests in ${Math.round(performance.now() - started)} ms, cold start included`,
    );
    const [
      health,
      anonymous,
      created,
      agreed,
      ownCouncils,
      notTheirs,
      saved,
      submitted,
      alerts,
      document,
    ] = results;

    expect(health).toMatchObject({ statusCode: 200 });
    expect(json(health!)).toEqual({ status: 'ok' });
    expect(health!.headers['x-request-id']).toBeTruthy();
    expect(anonymous?.statusCode).toBe(401);
    expect(anonymous?.headers['content-type']).toContain('application/problem+json');
    expect(created?.statusCode, created?.body).toBe(201);
    expect(agreed?.statusCode, agreed?.body).toBeLessThan(300);
    expect(ownCouncils?.statusCode).toBe(200);
    expect(json(ownCouncils!)).toMatchObject({ items: [{ laCode: '351', name: 'Bury' }] });
    expect(notTheirs?.statusCode).toBe(404);
    expect(saved?.statusCode, saved?.body).toBe(201);
    expect(submitted?.statusCode, submitted?.body).toBe(200);
    expect(json(submitted!)).toMatchObject({ status: 'submitted' });
    expect(alerts?.statusCode, alerts?.body).toBe(200);
    expect(document?.statusCode, document?.body).toBe(200);
    expect(document?.headers['content-type']).toBe('application/pdf');
    expect(document?.isBase64Encoded).toBe(true);
    const parser = new PDFParse({ data: new Uint8Array(Buffer.from(document!.body, 'base64')) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain('Bury (LA 351)');
    expect(text).toContain('Signed off by Ann Example, Section 151 officer');
    expect(text).toContain('£24,400,000');

    // The second of these tests reads what this one wrote (the submitted return).
    // Each kind of caller got its own role; only council sessions carry a council.
    const sessions = assumed.map(({ roleArn, tags }) => ({ roleArn, tags }));
    expect(sessions).toContainEqual({ roleArn: ROLES.DFE_WRITER_ROLE_ARN, tags: {} });
    expect(sessions).toContainEqual({ roleArn: ROLES.DFE_READER_ROLE_ARN, tags: {} });
    expect(sessions).toContainEqual({ roleArn: ROLES.COUNCIL_ROLE_ARN, tags: { laCode: '351' } });
    expect(sessions).toContainEqual({ roleArn: ROLES.COUNCIL_ROLE_ARN, tags: { laCode: '865' } });
    // One session per council and per DfE role, shared by the container's requests.
    expect(assumed).toHaveLength(4);
    for (const call of assumed) expect(call.sessionName).toMatch(/^svm-[\w+=,.@-]{1,60}$/);

    // Every table request was signed with a caller's session, never the function's own role.
    expect(signedBy.length).toBeGreaterThan(0);
    const sessionKeys = new Set(assumed.map((call) => call.accessKeyId));
    for (const { key, target } of signedBy) expect(sessionKeys.has(key), target).toBe(true);
    expect(signedBy.some(({ key }) => key === OWN_KEY)).toBe(false);
    const councilKey = assumed.find((call) => call.tags.laCode === '351')?.accessKeyId;
    expect(
      signedBy.some(({ key, target }) => key === councilKey && target === 'TransactWriteItems'),
    ).toBe(true);
  });

  it('the alerts worker raises and publishes an alert for a submitted return', async () => {
    const item = await ddb.send(
      new GetItemCommand({
        TableName: tableName,
        Key: {
          pk: { S: keys.return('351', '2024-25-Q2').pk },
          sk: { S: keys.return('351', '2024-25-Q2').sk },
        },
      }),
    );
    expect(item.Item?.status).toEqual({ S: 'submitted' });
    const newImage = item.Item as Record<string, unknown>;
    const oldImage = { ...newImage, status: { S: 'draft' } };
    const [result] = await invoke<{ batchItemFailures: unknown[] }>(
      'alerts',
      [
        {
          Records: [
            {
              eventID: 'bundle-1',
              eventName: 'MODIFY',
              eventSource: 'aws:dynamodb',
              awsRegion: REGION,
              dynamodb: { SequenceNumber: '100', NewImage: newImage, OldImage: oldImage },
            },
          ],
        },
      ],
      { ALERT_TOPIC_ARN: TOPIC_ARN },
    );
    expect(result).toEqual({ batchItemFailures: [] });
    const breach = published.find((p) => p.Message?.includes('"rule":"trajectory-breach"'));
    expect(breach, JSON.stringify(published)).toBeDefined();
    expect(breach?.TopicArn).toBe(TOPIC_ARN);
    expect(JSON.parse(breach?.Message ?? '{}')).toMatchObject({
      event: 'alert.raised',
      alert: { laCode: '351', rule: 'trajectory-breach', severity: 'red', status: 'open' },
    });
  });

  it('the scheduled checks run over every council with an agreement', async () => {
    const [result] = await invoke<{ councilsChecked: number }>(
      'schedule',
      [{ 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} }],
      { ALERT_TOPIC_ARN: TOPIC_ARN },
    );
    expect(result).toMatchObject({ councilsChecked: 1 });
  });
});
