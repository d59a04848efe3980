/** The sign-in page's address, and where to go once signed in. */
export const SIGN_IN_PATH = '/sign-in';

/** The sign-in page, remembering where to come back to afterwards. */
export function signInPath(returnTo: string): string {
  return returnTo === '/' || returnTo.startsWith(SIGN_IN_PATH)
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?${new URLSearchParams({ returnTo })}`;
}

/** Where to go after signing in: the remembered page if it is one of ours, else home. */
export function returnToPath(search: string): string {
  const returnTo = new URLSearchParams(search).get('returnTo');
  // Only a path on this origin: never "//elsewhere" or "/\elsewhere" (browsers read both
  // as another host), nor a full URL from a crafted link.
  if (!returnTo?.startsWith('/') || returnTo.startsWith('//') || returnTo.includes('\\'))
    return '/';
  return returnTo;
}
