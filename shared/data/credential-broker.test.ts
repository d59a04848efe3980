import { AssumeRoleCommand, type AssumeRoleCommandInput, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCallerScope, createCredentialBroker } from './credential-broker';
import type { Principal } from '../domain';

const COUNCIL_ROLE = 'arn:aws:iam::111122223333:role/council';
const DFE_READER_ROLE = 'arn:aws:iam::111122223333:role/dfe-reader';
const DFE_WRITER_ROLE = 'arn:aws:iam::111122223333:role/dfe-writer';
const HOUR = 3600_000;
const MARGIN = 5 * 60_000;

const ann: Principal = { sub: 'ann', role: 'council-editor', laCode: '351' };
const bob: Principal = { sub: 'bob', role: 'council-approver', laCode: '351' };
const cat: Principal = { sub: 'cat', role: 'council-viewer', laCode: '865' };
const reviewer: Principal = { sub: 'rev', role: 'dfe-reviewer' };
const admin: Principal = { sub: 'adm', role: 'dfe-admin' };

const sts = mockClient(STSClient);
let clock: number;
let issued: number;

/** STS as a stub: each call issues new keys that expire an hour from the clock. */
function stsIssuesCredentials() {
  sts.on(AssumeRoleCommand).callsFake(() => {
    issued += 1;
    return {
      Credentials: {
        AccessKeyId: `ASIA${issued}`,
        SecretAccessKey: `secret-${issued}`,
        SessionToken: `token-${issued}`,
        Expiration: new Date(clock + HOUR),
      },
    };
  });
}

function assumed(): AssumeRoleCommandInput[] {
  return sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input);
}

function newBroker() {
  return createCredentialBroker({
    sts: () => new STSClient({ region: 'eu-west-2' }),
    councilRoleArn: COUNCIL_ROLE,
    dfeReaderRoleArn: DFE_READER_ROLE,
    dfeWriterRoleArn: DFE_WRITER_ROLE,
    tableName: 'safety-valve-test',
    now: () => clock,
    refreshMarginMs: MARGIN,
  });
}

/** The credentials a store's DynamoDB client signs with. */
async function keyOf(store: { db: { config: { credentials: unknown } } }): Promise<string> {
  const provider = store.db.config.credentials as () => Promise<{ accessKeyId: string }>;
  return (await provider()).accessKeyId;
}

beforeEach(() => {
  sts.reset();
  clock = Date.UTC(2025, 0, 15, 9, 0, 0);
  issued = 0;
  stsIssuesCredentials();
});

describe('council users', () => {
  it('get the council role with the session tag laCode taken from their token', async () => {
    const store = await newBroker().storeFor(ann);
    expect(assumed()).toEqual([
      {
        RoleArn: COUNCIL_ROLE,
        RoleSessionName: 'svm-council-351-ann',
        DurationSeconds: 3600,
        Tags: [{ Key: 'laCode', Value: '351' }],
      },
    ]);
    expect(store.tableName).toBe('safety-valve-test');
    expect(await keyOf(store)).toBe('ASIA1');
  });

  it('share one session and one client per council, and get their own council only', async () => {
    const broker = newBroker();
    const first = await broker.storeFor(ann);
    const sameCouncil = await broker.storeFor(bob);
    const otherCouncil = await broker.storeFor(cat);
    expect(sameCouncil).toBe(first);
    expect(otherCouncil).not.toBe(first);
    expect(assumed().map((input) => input.Tags)).toEqual([
      [{ Key: 'laCode', Value: '351' }],
      [{ Key: 'laCode', Value: '865' }],
    ]);
    expect(await keyOf(otherCouncil)).toBe('ASIA2');
  });

  it('make one STS call when many requests for a council arrive at once', async () => {
    const broker = newBroker();
    const stores = await Promise.all([ann, bob, ann, bob].map((p) => broker.storeFor(p)));
    expect(new Set(stores).size).toBe(1);
    expect(assumed()).toHaveLength(1);
  });

  it('renew the session a margin before it expires, not before', async () => {
    const broker = newBroker();
    const first = await broker.storeFor(ann);

    clock += HOUR - MARGIN - 1;
    expect(await broker.storeFor(bob)).toBe(first);
    expect(assumed()).toHaveLength(1);

    clock += 1;
    const renewed = await broker.storeFor(bob);
    expect(renewed).not.toBe(first);
    expect(assumed()).toHaveLength(2);
    expect(assumed()[1]).toMatchObject({
      RoleArn: COUNCIL_ROLE,
      RoleSessionName: 'svm-council-351-bob',
      Tags: [{ Key: 'laCode', Value: '351' }],
    });
    expect(await keyOf(renewed)).toBe('ASIA2');
    // And the renewed one is cached in turn.
    expect(await broker.storeFor(ann)).toBe(renewed);
    expect(assumed()).toHaveLength(2);
  });

  it('keep the current session when renewal fails before it has expired, but not after', async () => {
    const broker = newBroker();
    const first = await broker.storeFor(ann);
    sts.on(AssumeRoleCommand).rejects(new Error('STS is unavailable'));

    clock += HOUR - MARGIN;
    expect(await broker.storeFor(ann)).toBe(first);
    clock += MARGIN;
    await expect(broker.storeFor(ann)).rejects.toThrow('STS is unavailable');

    stsIssuesCredentials();
    expect(await keyOf(await broker.storeFor(ann))).toBe('ASIA2');
  });

  it('are refused council credentials without a well-formed council', async () => {
    const broker = newBroker();
    for (const laCode of [undefined, '', '35', '3510', 'abc', '35*']) {
      await expect(broker.storeFor({ sub: 'x', role: 'council-viewer', laCode })).rejects.toThrow(
        /three-digit laCode/,
      );
    }
    expect(assumed()).toEqual([]);
  });
});

describe('DfE users', () => {
  it('get the reader role as reviewers and the writer role as administrators, never tagged', async () => {
    const broker = newBroker();
    await broker.storeFor(reviewer);
    await broker.storeFor(admin);
    expect(assumed()).toEqual([
      { RoleArn: DFE_READER_ROLE, RoleSessionName: 'svm-dfe-reader-rev', DurationSeconds: 3600 },
      { RoleArn: DFE_WRITER_ROLE, RoleSessionName: 'svm-dfe-writer-adm', DurationSeconds: 3600 },
    ]);
  });

  it('never get council-scoped credentials, even with a laCode in hand', async () => {
    const broker = newBroker();
    const council = await broker.storeFor(ann);
    const dfe = await broker.storeFor({ ...reviewer, laCode: '351' });
    expect(dfe).not.toBe(council);
    const calls = assumed();
    expect(calls[1]).toEqual({
      RoleArn: DFE_READER_ROLE,
      RoleSessionName: 'svm-dfe-reader-rev',
      DurationSeconds: 3600,
    });
    expect(calls[1]).not.toHaveProperty('Tags');
  });

  it('and council users never get a DfE role', async () => {
    const broker = newBroker();
    await broker.storeFor(reviewer);
    await broker.storeFor(admin);
    const council = await broker.storeFor(ann);
    expect(await keyOf(council)).toBe('ASIA3');
    expect(assumed()[2]?.RoleArn).toBe(COUNCIL_ROLE);
    for (const input of assumed()) {
      const isCouncil = input.RoleArn === COUNCIL_ROLE;
      expect(input.Tags !== undefined, input.RoleArn).toBe(isCouncil);
    }
  });

  it('share one session per role', async () => {
    const broker = newBroker();
    const a = await broker.storeFor(reviewer);
    const b = await broker.storeFor({ sub: 'rev2', role: 'dfe-reviewer' });
    expect(b).toBe(a);
    expect(assumed()).toHaveLength(1);
  });
});

describe('session names', () => {
  it('keep to the characters and length STS accepts', async () => {
    const broker = newBroker();
    await broker.storeFor({
      sub: `a b/c:d*${'x'.repeat(100)}`,
      role: 'council-viewer',
      laCode: '351',
    });
    const name = assumed()[0]?.RoleSessionName ?? '';
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
    expect(name.startsWith('svm-council-351-a_b_c_d_x')).toBe(true);
  });
});

describe('the caller scope', () => {
  it('sends the table calls of a request through that caller’s store', async () => {
    const broker = newBroker();
    const scope = createCallerScope(broker, 'safety-valve-test');
    const seen = await scope.run(async () => {
      const own = await scope.storeFor(ann);
      return { own, config: scope.store.db.config };
    });
    expect(seen.config).toBe(seen.own.db.config);
    expect(scope.store.tableName).toBe('safety-valve-test');
  });

  it('keeps concurrent requests apart', async () => {
    const scope = createCallerScope(newBroker(), 'safety-valve-test');
    const [a, c] = await Promise.all([
      scope.run(async () => {
        await scope.storeFor(ann);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return keyOf(scope.store);
      }),
      scope.run(async () => {
        await scope.storeFor(cat);
        return keyOf(scope.store);
      }),
    ]);
    expect(new Set([a, c]).size).toBe(2);
  });

  it('fails closed outside an authenticated request', () => {
    const scope = createCallerScope(newBroker(), 'safety-valve-test');
    // Only reading a property reaches the proxy: no call is made.
    expect(() => Reflect.get(scope.store.db, 'send')).toThrow(/No caller credentials/);
    scope.run(() => {
      expect(() => scope.store.db.config).toThrow(/No caller credentials/);
    });
  });
});
