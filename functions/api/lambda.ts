import { Logger } from '@aws-lambda-powertools/logger';
import { handle } from 'hono/aws-lambda';
import type { JWTVerifyGetKey } from 'jose';
import { createTokenVerifier } from '../../shared/auth';
import { createCallerScope, createCredentialBroker } from '../../shared/data/credential-broker';
import { createApp } from './app';
import { requiredEnv } from '../../shared/config/required-env';

// Built once per Lambda container, reused across invocations.
const logger = new Logger({ serviceName: 'safety-valve-api' });
const issuer = requiredEnv('AUTH_ISSUER');
const tableName = requiredEnv('TABLE_NAME');
// The function's own role cannot reach the table: every request goes through the role
// of its caller, with the council's session tag (infra/constructs/tenant-access.ts).
const callers = createCallerScope(
  createCredentialBroker({
    sts: async () => new (await import('@aws-sdk/client-sts')).STSClient({}),
    councilRoleArn: requiredEnv('COUNCIL_ROLE_ARN'),
    dfeReaderRoleArn: requiredEnv('DFE_READER_ROLE_ARN'),
    dfeWriterRoleArn: requiredEnv('DFE_WRITER_ROLE_ARN'),
    tableName,
  }),
  tableName,
);
// The issuer's key set is made on the first token, not at start-up: making it loads
// jose and Node's fetch, which a cold start answering no signed request does not need.
const jwksUrl = new URL(`${issuer}/.well-known/jwks.json`);
let jwks: Promise<JWTVerifyGetKey> | undefined;
const keys: JWTVerifyGetKey = async (header, token) =>
  (await (jwks ??= import('jose').then(({ createRemoteJWKSet }) => createRemoteJWKSet(jwksUrl))))(
    header,
    token,
  );
const app = createApp({
  store: callers.store,
  storeFor: callers.storeFor,
  verifyToken: createTokenVerifier({
    keys,
    issuer,
    audience: requiredEnv('AUTH_AUDIENCE'),
  }),
  logger,
  now: () => new Date(),
});
const serve = handle(app);

export const handler: typeof serve = (event, context) => callers.run(() => serve(event, context));
