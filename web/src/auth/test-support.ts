import { vi } from 'vitest';
import type { SignInConfig } from './sign-in-config';

/** For unit tests, which run in Node: a tab's sessionStorage and address. */
export function stubBrowser(origin: string): Storage {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
  vi.stubGlobal('sessionStorage', storage);
  vi.stubGlobal('location', new URL(`${origin}/`));
  return storage;
}

/** Sign-in settings as the cloud serves them, for unit tests. */
export const SIGN_IN_CONFIG: SignInConfig = {
  region: 'eu-west-2',
  userPoolId: 'eu-west-2_abc',
  clientId: 'client-1',
  issuer: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_abc',
  signInDomain: 'https://svm.auth.eu-west-2.amazoncognito.com',
};
