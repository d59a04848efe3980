import { SignJWT, UnsecuredJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { createTokenVerifier } from '../../shared/auth';

const ISSUER = 'urn:test-issuer';
const AUDIENCE = 'safety-valve';

export type Claims = Record<string, unknown> & { sub?: string };

/**
 * A test identity provider that can also sign the tokens a real one never would:
 * expired, for another audience, with another key or algorithm.
 */
export async function createTestIssuer() {
  const trusted = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const jwks = {
    keys: [{ ...(await exportJWK(trusted.publicKey)), kid: 'trusted', alg: 'RS256' }],
  };
  const verifyToken = createTokenVerifier({
    keys: createLocalJWKSet(jwks),
    issuer: ISSUER,
    audience: AUDIENCE,
  });

  async function sign(
    claims: Claims,
    options: {
      /** `null`: no `exp` claim at all. */
      expiresIn?: string | number | null;
      /** Seconds since the epoch; `null`: no `iat` claim. */
      issuedAt?: number | null;
      issuer?: string;
      audience?: string;
      key?: 'trusted' | 'stranger';
    } = {},
  ) {
    const { sub, ...rest } = claims;
    const jwt = new SignJWT(rest)
      .setProtectedHeader({ alg: 'RS256', kid: 'trusted' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE);
    if (options.issuedAt !== null) jwt.setIssuedAt(options.issuedAt);
    if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '1h');
    if (sub) jwt.setSubject(sub);
    return jwt.sign(options.key === 'stranger' ? stranger.privateKey : trusted.privateKey);
  }

  /** An HS256 token keyed with a public value: the classic algorithm-confusion attempt. */
  async function signHs256(claims: Claims) {
    const { sub, ...rest } = claims;
    return new SignJWT(rest)
      .setProtectedHeader({ alg: 'HS256', kid: 'trusted' })
      .setSubject(sub ?? 'x')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-secret-anyone-could-guess-000000'));
  }

  function unsigned(claims: Claims) {
    const { sub, ...rest } = claims;
    return new UnsecuredJWT(rest)
      .setSubject(sub ?? 'x')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .encode();
  }

  return { verifyToken, sign, signHs256, unsigned };
}
