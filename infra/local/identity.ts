import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type CryptoKey,
} from 'jose';
import { createTokenVerifier, isCouncilRole, type TokenVerifier } from '../../shared/auth';
import type { DevIdentity, Persona } from '../../functions/api/env';

export const LOCAL_ISSUER = 'urn:safety-valve:local-identity';
export const LOCAL_AUDIENCE = 'safety-valve';
const TOKEN_LIFETIME = '8h';

export interface LocalIdentity extends DevIdentity {
  verifyToken: TokenVerifier;
}

/**
 * The local runner's identity provider: its own RS256 signing key (kept in the data
 * directory so tokens survive a restart), a JWKS, and tokens for demo personas. The
 * API verifies these exactly as it verifies Cognito's tokens in AWS.
 */
export async function createLocalIdentity(options: {
  keyFile?: string;
  personas: () => Promise<Persona[]>;
}): Promise<LocalIdentity> {
  const { privateKey, publicJwk } = await loadOrCreateKey(options.keyFile);
  const jwks = { keys: [publicJwk] };
  const verifyToken = createTokenVerifier({
    keys: createLocalJWKSet(jwks),
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
  });

  return {
    verifyToken,
    jwks: () => jwks,
    personas: options.personas,
    async issueToken({ sub, name, role, laCode }) {
      return new SignJWT({
        roles: [role],
        ...(name ? { name } : {}),
        ...(isCouncilRole(role) && laCode ? { 'custom:laCode': laCode } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid ?? 'local' })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(TOKEN_LIFETIME)
        .sign(privateKey);
    },
  };
}

async function loadOrCreateKey(
  keyFile?: string,
): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  if (keyFile && existsSync(keyFile)) {
    const stored = JSON.parse(readFileSync(keyFile, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
    const privateKey = (await importJWK(stored.privateJwk, 'RS256')) as CryptoKey;
    return { privateKey, publicJwk: stored.publicJwk };
  }
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
    writeFileSync(keyFile, JSON.stringify({ privateJwk, publicJwk }), { mode: 0o600 });
  }
  return { privateKey, publicJwk };
}
