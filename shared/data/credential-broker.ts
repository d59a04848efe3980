import { AsyncLocalStorage } from 'node:async_hooks';
import type { AssumeRoleCommand as AssumeRoleCommandClass, STSClient } from '@aws-sdk/client-sts';
import { createDb, type Db, type Store } from './client';
import { isCouncilRole, type Principal } from '../domain';

/** The session tag that carries a council user's LA code (infra/constructs/tenant-access.ts). */
export const LA_CODE_TAG = 'laCode';

/** Temporary credentials from STS, in the shape the AWS SDK takes them. */
export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export interface CredentialBrokerOptions {
  /**
   * Makes the STS client, called once, on the first session: a cold start that answers
   * no signed request never loads the STS client.
   */
  sts: () => STSClient | Promise<STSClient>;
  /** Assumed with the session tag `laCode`: one council's partition only. */
  councilRoleArn: string;
  /** For `dfe-reviewer`: reads all councils, writes no administrator-owned items. */
  dfeReaderRoleArn: string;
  /** For `dfe-admin`: reads and writes all councils. */
  dfeWriterRoleArn: string;
  tableName: string;
  /** The clock, in milliseconds since the epoch (tests move it). */
  now?: () => number;
  /** Credentials are renewed this long before they expire (default five minutes). */
  refreshMarginMs?: number;
  /** How long each session lasts; an hour at most, as the API's own role chains into it. */
  durationSeconds?: number;
  /** Builds the document client for a session's credentials. */
  createDb?: (credentials: SessionCredentials) => Db;
}

export interface CredentialBroker {
  /** The store a caller's requests go through: credentials that reach only what the caller may. */
  storeFor(principal: Principal): Promise<Store>;
}

/** Which role a caller gets, and which session (and cache entry) they share. */
interface Access {
  cacheKey: string;
  roleArn: string;
  tags?: { Key: string; Value: string }[];
}

interface Session {
  store: Store;
  expiresAt: number;
}

const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000;
const DEFAULT_DURATION_SECONDS = 3600;
/** What STS accepts in a role session name. */
const SESSION_NAME_CHARACTERS = /[^\w+=,.@-]/g;
const SESSION_NAME_MAX = 64;

/**
 * Hands each API request a DynamoDB store whose credentials IAM limits to the caller's
 * own data. Council users get the council role, assumed with the session tag `laCode` =
 * the token's `custom:laCode`, so IAM allows only keys in `COUNCIL#<laCode>`; DfE
 * reviewers and administrators get their own roles, never with a tag. One session is
 * cached per council (and one per DfE role), with its client, and renewed a margin
 * before it expires; concurrent requests for the same session wait for one STS call.
 *
 * Sessions are shared by the users of a council for their lifetime, so the session
 * name (seen in CloudTrail) names the user whose request started it; the request logs
 * and the audit items name the user of every request.
 */
export function createCredentialBroker(options: CredentialBrokerOptions): CredentialBroker {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  const durationSeconds = options.durationSeconds ?? DEFAULT_DURATION_SECONDS;
  const makeDb = options.createDb ?? ((credentials) => createDb({ credentials }));
  const sessions = new Map<string, Session>();
  const pending = new Map<string, Promise<Store>>();
  let sts:
    Promise<{ client: STSClient; AssumeRoleCommand: typeof AssumeRoleCommandClass }> | undefined;
  const stsClient = () =>
    (sts ??= Promise.all([options.sts(), import('@aws-sdk/client-sts')]).then(
      ([client, { AssumeRoleCommand }]) => ({ client, AssumeRoleCommand }),
    ));

  function accessFor(principal: Principal): Access {
    if (isCouncilRole(principal.role)) {
      const laCode = principal.laCode;
      if (typeof laCode !== 'string' || !/^\d{3}$/.test(laCode)) {
        throw new Error('A council user needs a three-digit laCode for council credentials.');
      }
      return {
        cacheKey: `council:${laCode}`,
        roleArn: options.councilRoleArn,
        tags: [{ Key: LA_CODE_TAG, Value: laCode }],
      };
    }
    // A DfE caller never gets a council's session, whatever else the token carries.
    if (principal.role === 'dfe-admin') {
      return { cacheKey: 'dfe:writer', roleArn: options.dfeWriterRoleArn };
    }
    if (principal.role === 'dfe-reviewer') {
      return { cacheKey: 'dfe:reader', roleArn: options.dfeReaderRoleArn };
    }
    throw new Error(`No credentials for the role "${String(principal.role)}".`);
  }

  async function startSession(access: Access, principal: Principal): Promise<Store> {
    const { client, AssumeRoleCommand } = await stsClient();
    const out = await client.send(
      new AssumeRoleCommand({
        RoleArn: access.roleArn,
        RoleSessionName: sessionName(access, principal.sub),
        DurationSeconds: durationSeconds,
        ...(access.tags ? { Tags: access.tags } : {}),
      }),
    );
    const issued = out.Credentials;
    if (!issued?.AccessKeyId || !issued.SecretAccessKey || !issued.SessionToken) {
      throw new Error('STS returned no credentials.');
    }
    const expiration = issued.Expiration ?? new Date(now() + durationSeconds * 1000);
    const store: Store = {
      db: makeDb({
        accessKeyId: issued.AccessKeyId,
        secretAccessKey: issued.SecretAccessKey,
        sessionToken: issued.SessionToken,
        expiration,
      }),
      tableName: options.tableName,
    };
    sessions.set(access.cacheKey, { store, expiresAt: expiration.getTime() });
    return store;
  }

  return {
    storeFor: async (principal) => {
      const access = accessFor(principal);
      const current = sessions.get(access.cacheKey);
      if (current && current.expiresAt - margin > now()) return current.store;

      let renewing = pending.get(access.cacheKey);
      if (!renewing) {
        renewing = startSession(access, principal).finally(() => pending.delete(access.cacheKey));
        pending.set(access.cacheKey, renewing);
      }
      try {
        return await renewing;
      } catch (error) {
        // STS failed while renewing early: the current session is still good until it expires.
        if (current && current.expiresAt > now()) return current.store;
        throw error;
      }
    },
  };
}

/** `svm-<council or DfE role>-<user id>`, in the characters STS accepts, at most 64 of them. */
function sessionName(access: Access, sub: string): string {
  const scope = access.cacheKey.replace(':', '-');
  return `svm-${scope}-${sub}`.replace(SESSION_NAME_CHARACTERS, '_').slice(0, SESSION_NAME_MAX);
}

/**
 * A store for code that reaches the table outside the caller's own store (`deps.store`
 * rather than the store `storeFor` returned). In AWS there is no store with access of
 * its own: calls on this one go through the current request's caller store, and fail
 * outside an authenticated request. `run` gives each invocation its own scope.
 */
export function createCallerScope(broker: CredentialBroker, tableName: string) {
  const scope = new AsyncLocalStorage<{ store?: Store }>();

  const current = (): Db => {
    const store = scope.getStore()?.store;
    if (!store) {
      throw new Error('No caller credentials: the table is reached only for a verified caller.');
    }
    return store.db;
  };
  const db = new Proxy({} as Db, {
    get(_target, property) {
      const target = current();
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });

  return {
    store: { db, tableName } satisfies Store,
    storeFor: async (principal: Principal): Promise<Store> => {
      const store = await broker.storeFor(principal);
      const slot = scope.getStore();
      if (slot) slot.store = store;
      return store;
    },
    run: <T>(fn: () => T): T => scope.run({}, fn),
  };
}
