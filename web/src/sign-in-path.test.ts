import { describe, expect, it } from 'vitest';
import { organisationSignInPath, returnToPath, signInPath } from './sign-in-path';

describe('signInPath', () => {
  it('remembers the page asked for', () => {
    expect(signInPath('/councils/351?period=2024-25-Q2')).toBe(
      '/sign-in?returnTo=%2Fcouncils%2F351%3Fperiod%3D2024-25-Q2',
    );
  });

  it('needs nothing to remember for the home page or sign-in itself', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/sign-in?returnTo=%2Fx')).toBe('/sign-in');
  });
});

describe('organisationSignInPath', () => {
  it('carries the page asked for on to the organisation’s sign-in', () => {
    expect(organisationSignInPath('/councils/351')).toBe(
      '/auth/sign-in?returnTo=%2Fcouncils%2F351',
    );
    expect(organisationSignInPath('/')).toBe('/auth/sign-in');
  });

  it('never comes back to a sign-in page', () => {
    expect(organisationSignInPath('/sign-in')).toBe('/auth/sign-in');
    expect(organisationSignInPath('/auth/callback?code=x')).toBe('/auth/sign-in');
  });
});

describe('returnToPath', () => {
  it('goes back to the remembered page', () => {
    expect(returnToPath('?returnTo=%2Fcouncils%2F351')).toBe('/councils/351');
  });

  it('goes home when there is none, or it is not a page of this service', () => {
    expect(returnToPath('')).toBe('/');
    expect(returnToPath('?returnTo=%2F%2Fevil.example')).toBe('/');
    expect(returnToPath('?returnTo=https%3A%2F%2Fevil.example')).toBe('/');
    expect(returnToPath('?returnTo=%2F%5Cevil.example')).toBe('/');
  });
});
