import { isRole, type Role } from '../../shared/domain';

/** The signed-in user, as the token describes them. */
export interface SessionUser {
  sub: string;
  name: string;
  role: Role;
  /** DfE three-digit LA code; council users only. */
  laCode?: string;
}

export interface Session {
  token: string;
  user: SessionUser;
  /** When the token stops being accepted, in milliseconds since the epoch. */
  expiresAt?: number;
}

/** Why the last session ended, so the sign-in page can say so. */
export type SignOutReason = 'signed-out' | 'expired';

const SESSION_KEY = 'safety-valve.session';
const REFRESH_KEY = 'safety-valve.refresh-token';
const REASON_KEY = 'safety-valve.sign-out-reason';

/**
 * Reads the claims the app needs from a JWT. The signature is the API's business:
 * the browser only decodes the payload to show who is signed in.
 */
export function decodeToken(token: string): SessionUser & { expiresAt?: number } {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('The token is not a JWT.');
  const claims = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
  const roles = claims['roles'] ?? claims['cognito:groups'];
  const role = Array.isArray(roles) ? roles.find(isRole) : undefined;
  const sub = claims['sub'];
  if (typeof sub !== 'string' || !role) throw new Error('The token has no user or role.');
  const name = typeof claims['name'] === 'string' ? claims['name'] : sub;
  const laCode = typeof claims['custom:laCode'] === 'string' ? claims['custom:laCode'] : undefined;
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : undefined;
  return { sub, name, role, ...(laCode ? { laCode } : {}), ...(exp ? { expiresAt: exp } : {}) };
}

function base64UrlDecode(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) =>
    c.charCodeAt(0),
  );
  return new TextDecoder().decode(bytes);
}

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: Session | null | undefined;

/**
 * The current session, or null when nobody is signed in or the token has expired. A
 * session that can be renewed (signed in with the organisation's account) outlives its
 * token: the next request renews it first (auth/renew-session.ts).
 */
export function getSession(): Session | null {
  if (cached === undefined) cached = readStoredSession();
  if (
    cached?.expiresAt !== undefined &&
    cached.expiresAt <= Date.now() &&
    refreshTokenOf() === null
  ) {
    // Cleared quietly: this runs while rendering, and the caller is told by the null.
    clearSession('expired');
  }
  return cached;
}

function readStoredSession(): Session | null {
  const token = localStorage.getItem(SESSION_KEY);
  if (!token) return null;
  try {
    return readToken(token);
  } catch {
    localStorage.removeItem(SESSION_KEY);
    return null;
  }
}

/**
 * Starts a session with a token from the identity provider; throws if it cannot be read.
 * `refreshToken`, from the organisation's sign-in, lets the session be renewed.
 */
export function startSession(token: string, refreshToken?: string): Session {
  const session = readToken(token);
  // A new session: nothing of an earlier one carries over.
  localStorage.removeItem(REFRESH_KEY);
  sessionStorage.removeItem(REASON_KEY);
  keep(session, refreshToken);
  notify();
  return session;
}

/**
 * Carries on the session with a renewed token (and refresh token, if a new one came).
 * Screens are told only if the token names someone else: the same person carries on.
 */
export function renewSessionToken(token: string, refreshToken?: string): Session {
  const session = readToken(token);
  const samePerson = JSON.stringify(cached?.user) === JSON.stringify(session.user);
  keep(session, refreshToken);
  if (!samePerson) notify();
  return session;
}

/**
 * localStorage: one session for every tab of the browser (a link opened in a new tab is
 * still signed in), never in a cookie. It ends when it expires or anyone signs out.
 */
function keep(session: Session, refreshToken: string | undefined): void {
  localStorage.setItem(SESSION_KEY, session.token);
  if (refreshToken) localStorage.setItem(REFRESH_KEY, refreshToken);
  cached = session;
}

/** The refresh token of a session from the organisation's sign-in; null otherwise. */
export function refreshTokenOf(): string | null {
  return localStorage.getItem(REFRESH_KEY);
}

/** Forgets a refresh token the organisation's sign-in has refused: it cannot renew again. */
export function forgetRefreshToken(): void {
  localStorage.removeItem(REFRESH_KEY);
}

function readToken(token: string): Session {
  const { expiresAt, ...user } = decodeToken(token);
  return { token, user, ...(expiresAt ? { expiresAt } : {}) };
}

export function endSession(reason: SignOutReason): void {
  clearSession(reason);
  notify();
}

let leaving = false;

/**
 * Ends the session without re-rendering, as the browser leaves for another site: the
 * sign-in page would otherwise show, and take the reason meant for when the user is back.
 */
export function endSessionAndLeave(reason: SignOutReason): void {
  leaving = true;
  clearSession(reason);
}

/** Whether the session has ended and the page is on its way to another site. */
export function isLeaving(): boolean {
  return leaving;
}

function clearSession(reason: SignOutReason): void {
  localStorage.removeItem(SESSION_KEY);
  localStorage.removeItem(REFRESH_KEY);
  // The reason is this tab's to show; other tabs just find themselves signed out.
  sessionStorage.setItem(REASON_KEY, reason);
  cached = null;
}

/** Why the previous session ended, once: the message is shown a single time. */
export function takeSignOutReason(): SignOutReason | undefined {
  const reason = sessionStorage.getItem(REASON_KEY);
  sessionStorage.removeItem(REASON_KEY);
  return reason === 'signed-out' || reason === 'expired' ? reason : undefined;
}

/**
 * Another tab signed in, renewed or signed out: this tab follows. The `storage` event
 * fires only in the other tabs, never in the one that made the change.
 */
export function followOtherTabs(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('storage', (event) => {
    if (event.key !== SESSION_KEY && event.key !== null) return;
    const before = cached?.user;
    cached = readStoredSession();
    if (JSON.stringify(before) !== JSON.stringify(cached?.user)) notify();
  });
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}
