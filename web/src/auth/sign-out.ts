import { navigate } from '../router';
import { endSession, endSessionAndLeave } from '../session';
import { SIGN_IN_PATH } from '../sign-in-path';
import { takeOrganisationSignOutUrl } from './organisation-sign-out';

/**
 * Signs out of the service. Signed in with the organisation's account, the browser then
 * goes to the organisation's sign-in to end that session too, and comes back to the home
 * page, which asks for sign-in; signed in locally, it goes straight to the sign-in page.
 */
export function signOut(): void {
  const organisationSignOut = takeOrganisationSignOutUrl();
  if (organisationSignOut) {
    // The token goes first, so the service is signed out even if the redirect never loads.
    endSessionAndLeave('signed-out');
    window.location.assign(organisationSignOut);
  } else {
    endSession('signed-out');
    navigate(SIGN_IN_PATH);
  }
}
