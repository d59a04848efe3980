import { parseSignInConfig, type SignInConfig } from './sign-in-config';

const KEY = 'safety-valve.organisation-sign-in-config';

/**
 * Remembers, for the browser's tabs, that the session came from the organisation's sign-in and
 * with which settings: renewing the session and signing out both go back to it.
 */
export function rememberSignIn(config: SignInConfig): void {
  localStorage.setItem(KEY, JSON.stringify(config));
}

/** The settings of the organisation's sign-in this session came from; null if local. */
export function rememberedSignIn(): SignInConfig | null {
  const stored = localStorage.getItem(KEY);
  if (!stored) return null;
  try {
    return parseSignInConfig(JSON.parse(stored));
  } catch {
    // Damaged: as if signed in locally. The session still ends; only renewal is lost.
    return null;
  }
}

export function forgetSignIn(): void {
  localStorage.removeItem(KEY);
}
