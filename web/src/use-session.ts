import { useEffect, useState } from 'preact/hooks';
import { getSession, onSessionChange, type Session } from './session';

/** The current session; re-renders the caller on sign-in and sign-out. */
export function useSession(): Session | null {
  const [session, setSession] = useState(getSession);
  useEffect(() => onSessionChange(() => setSession(getSession())), []);
  return session;
}
