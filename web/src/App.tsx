import { useEffect } from 'preact/hooks';
import { Layout } from './components/Layout';
import { navigate, usePath } from './router';
import { matchRoute, type Route } from './routes/match-route';
import { paths } from './routes/paths';
import { Screen } from './routes/Screen';
import { SIGN_IN_PATH, returnToPath, signInPath } from './sign-in-path';
import type { SessionUser } from './session';
import { useSession } from './use-session';

/** The app: picks the screen for the address, and sends signed-out users to sign in. */
export function App() {
  const path = usePath();
  const session = useSession();
  const user = session?.user ?? null;
  const route = matchRoute(path);
  const redirect = redirectFor(path, route, user);

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  return (
    <Layout user={user} path={path}>
      {redirect ? null : <Screen route={route} user={user} />}
    </Layout>
  );
}

function redirectFor(path: string, route: Route, user: SessionUser | null): string | null {
  // The callback signs the user in and moves on by itself.
  if (route.name === 'sign-in-callback') return null;
  if (route.name === 'organisation-sign-in') {
    return user ? returnToPath(window.location.search) : null;
  }
  if (!user && path !== SIGN_IN_PATH) return signInPath(path + window.location.search);
  if (user && path === SIGN_IN_PATH) return '/';
  // A council's users have one council: their home is its page.
  if (user?.laCode && path === '/') return paths.council(user.laCode);
  // Reviewers' work starts with who is off trajectory, not with a list of names.
  if (user?.role === 'dfe-reviewer' && path === '/') return paths.overview();
  return null;
}
