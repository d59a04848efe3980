import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWTVerifyGetKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidTokenError,
  createTokenVerifier,
  type VerifiedTokenCacheOptions,
} from './verify-token';

const ISSUER = 'urn:test-issuer';
const AUDIENCE = 'safety-valve';
const START = Date.parse('2026-03-01T09:00:00Z');

let trusted: Awaited<ReturnType<typeof generateKeyPair>>;
let trustedJwk: object;

beforeAll(async () => {
  trusted = await generateKeyPair('RS256');
  trustedJwk = { ...(await exportJWK(trusted.publicKey)), kid: 'trusted', alg: 'RS256' };
});

/** A verifier on a clock the test moves, counting each signature it checks. */
function verifier(cache?: VerifiedTokenCacheOptions) {
  const clock = { at: START };
  let local = createLocalJWKSet({ keys: [trustedJwk] });
  let verifications = 0;
  const keys: JWTVerifyGetKey = (header, token) => {
    verifications++;
    return local(header, token);
  };
  const verify = createTokenVerifier({
    keys,
    issuer: ISSUER,
    audience: AUDIENCE,
    now: () => new Date(clock.at),
    ...(cache ? { cache } : {}),
  });
  return {
    verify,
    clock,
    /** Withdraws the signing key from the issuer's set, as a key rotation after a leak would. */
    withdrawKey: () => {
      local = createLocalJWKSet({ keys: [] });
    },
    verifications: () => verifications,
  };
}

function token(sub: string, expiresInSeconds: number) {
  const issuedAt = Math.floor(START / 1000);
  return new SignJWT({ roles: ['council-editor'], 'custom:laCode': '351' })
    .setProtectedHeader({ alg: 'RS256', kid: 'trusted' })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + expiresInSeconds)
    .sign(trusted.privateKey);
}

describe('verified tokens are cached', () => {
  it('checks a token’s signature once, then serves the same caller from the cache', async () => {
    const v = verifier();
    const t = await token('ann', 3600);
    const first = await v.verify(t);
    v.clock.at += 60_000;
    const again = await v.verify(t);
    expect(again).toEqual(first);
    expect(first).toEqual({ sub: 'ann', role: 'council-editor', laCode: '351' });
    expect(v.verifications()).toBe(1);
  });

  it('keys the cache by the token: another token is verified on its own', async () => {
    const v = verifier();
    const ann = await v.verify(await token('ann', 3600));
    const bob = await v.verify(await token('bob', 3600));
    expect([ann.sub, bob.sub]).toEqual(['ann', 'bob']);
    expect(v.verifications()).toBe(2);
  });

  it('never serves a token past its expiry: at `exp` it is refused as expired', async () => {
    const v = verifier();
    const t = await token('ann', 120);
    await v.verify(t);
    v.clock.at = START + 119_999;
    await expect(v.verify(t)).resolves.toMatchObject({ sub: 'ann' });
    expect(v.verifications()).toBe(1);
    v.clock.at = START + 120_000;
    await expect(v.verify(t)).rejects.toThrow(new InvalidTokenError('The token has expired.'));
    expect(v.verifications()).toBe(2);
  });

  it('stops honouring a withdrawn signing key within the cache’s lifetime', async () => {
    const v = verifier({ maxEntries: 10, maxAgeSeconds: 300 });
    const t = await token('ann', 3600);
    await v.verify(t);
    v.withdrawKey();
    v.clock.at += 299_000;
    await expect(v.verify(t)).resolves.toMatchObject({ sub: 'ann' });
    v.clock.at += 1_000;
    await expect(v.verify(t)).rejects.toThrow(InvalidTokenError);
    expect(v.verifications()).toBe(2);
  });

  it('keeps no refused token: each is checked again, and refused again', async () => {
    const v = verifier();
    const t = await token('ann', 3600);
    v.withdrawKey();
    await expect(v.verify(t)).rejects.toThrow(InvalidTokenError);
    await expect(v.verify(t)).rejects.toThrow(InvalidTokenError);
    expect(v.verifications()).toBe(2);
  });

  it('keeps at most its bound, dropping the oldest token first', async () => {
    const v = verifier({ maxEntries: 2, maxAgeSeconds: 300 });
    const [a, b, c] = await Promise.all([token('a', 3600), token('b', 3600), token('c', 3600)]);
    for (const t of [a, b, c]) await v.verify(t);
    expect(v.verifications()).toBe(3);
    await v.verify(c);
    await v.verify(b);
    expect(v.verifications()).toBe(3);
    await v.verify(a);
    expect(v.verifications()).toBe(4);
  });
});
