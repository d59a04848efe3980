import { describe, expect, it } from 'vitest';
import { base64url } from './auth/test-support';
import { decodeToken } from './session';

function jwt(claims: object): string {
  const encode = (value: object) => base64url(new TextEncoder().encode(JSON.stringify(value)));
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

describe('decodeToken', () => {
  it('reads a council user from the local identity provider', () => {
    const token = jwt({
      sub: 'bury-editor',
      name: 'Sam Ólafsson',
      roles: ['council-editor'],
      'custom:laCode': '351',
      exp: 1_900_000_000,
    });
    expect(decodeToken(token)).toEqual({
      sub: 'bury-editor',
      name: 'Sam Ólafsson',
      role: 'council-editor',
      laCode: '351',
      expiresAt: 1_900_000_000_000,
    });
  });

  it("reads Cognito's groups and falls back to the subject for a name", () => {
    const token = jwt({ sub: 'abc', 'cognito:groups': ['other', 'dfe-reviewer'] });
    expect(decodeToken(token)).toEqual({ sub: 'abc', name: 'abc', role: 'dfe-reviewer' });
  });

  it('refuses a token without a known role', () => {
    expect(() => decodeToken(jwt({ sub: 'abc', roles: ['admin'] }))).toThrow();
    expect(() => decodeToken('not-a-token')).toThrow();
  });
});
