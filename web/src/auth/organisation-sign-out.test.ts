import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  organisationSignOutUrl,
  rememberOrganisationSignOut,
  takeOrganisationSignOutUrl,
} from './organisation-sign-out';
import { SIGN_IN_CONFIG, stubBrowser } from './test-support';

const CONFIG = SIGN_IN_CONFIG;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('organisationSignOutUrl', () => {
  it("is Cognito's logout, coming back to the registered logout URL", () => {
    const url = new URL(organisationSignOutUrl(CONFIG, 'https://svm.example.gov.uk'));
    expect(url.origin + url.pathname).toBe('https://svm.auth.eu-west-2.amazoncognito.com/logout');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client-1',
      logout_uri: 'https://svm.example.gov.uk/',
    });
  });
});

describe('remembering to sign out of the organisation', () => {
  it('gives the address once, and nothing when signed in locally', () => {
    stubBrowser('https://svm.example.gov.uk');
    expect(takeOrganisationSignOutUrl()).toBeNull();
    rememberOrganisationSignOut('https://svm.auth.eu-west-2.amazoncognito.com/logout?x=1');
    expect(takeOrganisationSignOutUrl()).toBe(
      'https://svm.auth.eu-west-2.amazoncognito.com/logout?x=1',
    );
    expect(takeOrganisationSignOutUrl()).toBeNull();
  });
});
