import { navigate } from '../router';
import { endSession, endSessionAndLeave, refreshTokenOf } from '../session';
import { SIGN_IN_PATH } from '../sign-in-path';
import { organisationSignOutUrl, revokeRefreshToken } from './organisation-sign-out';
import { forgetSignIn, rememberedSignIn } from './remembered-sign-in';

/**
 * Signs out of the service. Signed in with the organisation's account, the refresh token
 * is revoked and the browser goes to the organisation's sign-in to end that session too,
 * coming back to the home page, which asks for sign-in; signed in locally, it goes
 * straight to the sign-in page.
 */
export function signOut(): void {
  const config = rememberedSignIn();
  const refreshToken = refreshTokenOf();
  forgetSignIn();
  if (config) {
    // The tokens go first, so the service is signed out even if the redirect never loads.
    endSessionAndLeave('signed-out');
    if (refreshToken) void revokeRefreshToken(config, refreshToken);
    window.location.assign(organisationSignOutUrl(config, window.location.origin));
  } else {
    endSession('signed-out');
    navigate(SIGN_IN_PATH);
  }
}
