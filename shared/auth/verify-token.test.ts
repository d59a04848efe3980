import { describe, expect, it } from 'vitest';
import { InvalidTokenError, principalFromClaims } from './verify-token';

describe('principalFromClaims', () => {
  it('reads a council user with their council', () => {
    expect(
      principalFromClaims({
        sub: 'u1',
        name: 'Ann',
        roles: ['council-editor'],
        'custom:laCode': '351',
      }),
    ).toEqual({ sub: 'u1', name: 'Ann', role: 'council-editor', laCode: '351' });
  });

  it("reads Cognito's groups claim, ignoring groups that are not roles", () => {
    expect(principalFromClaims({ sub: 'u2', 'cognito:groups': ['staff', 'dfe-reviewer'] })).toEqual(
      {
        sub: 'u2',
        role: 'dfe-reviewer',
      },
    );
  });

  it('never gives a DfE user a council, even if the token names one', () => {
    expect(
      principalFromClaims({ sub: 'u3', roles: ['dfe-admin'], 'custom:laCode': '351' }),
    ).toEqual({
      sub: 'u3',
      role: 'dfe-admin',
    });
  });

  it.each([
    ['no subject', { roles: ['dfe-admin'] }],
    ['no role', { sub: 'x' }],
    ['an unknown role', { sub: 'x', roles: ['root'] }],
    ['two roles', { sub: 'x', roles: ['dfe-admin', 'council-viewer'], 'custom:laCode': '351' }],
    ['a council role without a council', { sub: 'x', roles: ['council-viewer'] }],
    ['a malformed council', { sub: 'x', roles: ['council-viewer'], 'custom:laCode': '35' }],
  ])('refuses a token with %s', (_name, claims) => {
    expect(() => principalFromClaims(claims)).toThrow(InvalidTokenError);
  });
});
