import type { RateLimits } from '../../shared/config/rate-limits';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Principal, TokenVerifier } from '../../shared/auth';
import type { Store } from '../../shared/data/client';

/** A local identity provider: only the local runner supplies one (AUTH_MODE=local). */
export interface DevIdentity {
  issueToken(input: {
    sub: string;
    name?: string;
    role: Principal['role'];
    laCode?: string;
  }): Promise<string>;
  personas(): Promise<Persona[]>;
  jwks(): { keys: object[] };
}

export interface Persona {
  sub: string;
  name: string;
  role: Principal['role'];
  laCode?: string;
  councilName?: string;
  description: string;
}

/** What the app needs from its host; the same app runs in Lambda and locally. */
export interface AppDeps {
  store: Store;
  /**
   * The store a caller's requests go through. In AWS, council users get credentials
   * that IAM lets reach only their own council's items; without it, `store` serves all.
   */
  storeFor?: (principal: Principal) => Promise<Store>;
  verifyToken: TokenVerifier;
  logger: Logger;
  devIdentity?: DevIdentity;
  /** The clock: every write and every due date reads it, so hosts and tests choose the time. */
  now: () => Date;
  /** Per-caller limits enforced by the app itself (the local runner); in AWS the WAF does it. */
  rateLimits?: RateLimits;
}

type LogAttributes = Record<string, unknown>;

/** What a request logs through: the host's one logger, with the request's own keys. */
export interface RequestLog {
  /** Keys every later line of this request carries (the caller, once verified). */
  appendKeys(keys: LogAttributes): void;
  info(message: string, extra?: LogAttributes): void;
  warn(message: string, extra?: LogAttributes): void;
  error(message: string, extra?: LogAttributes): void;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    /** The dependencies for this caller: `deps` with the caller's store. */
    scoped: AppDeps;
    /** This request's log: the host's logger with the request's keys. */
    logger: RequestLog;
    principal: Principal;
    requestId: string;
    /** The `X-Request-Id` the client sent, if any: logged beside ours, never as it. */
    clientRequestId?: string;
  };
}
