/** The sign-in page's address, and where to go once signed in. */
export const SIGN_IN_PATH = '/sign-in';

/** Where the organisation's sign-in starts when the service runs in the cloud. */
export const ORGANISATION_SIGN_IN_PATH = '/auth/sign-in';

/** Where the organisation's sign-in sends people back to (registered with Cognito). */
export const SIGN_IN_CALLBACK_PATH = '/auth/callback';

/** The sign-in page, remembering where to come back to afterwards. */
export function signInPath(returnTo: string): string {
  return withReturnTo(SIGN_IN_PATH, returnTo);
}

/** The start of the organisation's sign-in, remembering where to come back to afterwards. */
export function organisationSignInPath(returnTo: string): string {
  return withReturnTo(ORGANISATION_SIGN_IN_PATH, returnTo);
}

function withReturnTo(path: string, returnTo: string): string {
  return returnTo === '/' || returnTo.startsWith(SIGN_IN_PATH) || returnTo.startsWith('/auth/')
    ? path
    : `${path}?${new URLSearchParams({ returnTo })}`;
}

/** Where to go after signing in: the remembered page if it is one of ours, else home. */
export function returnToPath(search: string): string {
  return safeReturnTo(new URLSearchParams(search).get('returnTo'));
}

/** A path on this origin to go to, or home if the value is anything else. */
export function safeReturnTo(returnTo: string | null | undefined): string {
  // Only a path on this origin: never "//elsewhere" or "/\elsewhere" (browsers read both
  // as another host), nor a full URL from a crafted link.
  if (!returnTo?.startsWith('/') || returnTo.startsWith('//') || returnTo.includes('\\'))
    return '/';
  return returnTo;
}
