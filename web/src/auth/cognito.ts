import type { AuthorizationServer, Client } from 'oauth4webapi';
import type { SignInConfig } from './sign-in-config';

/** Cognito's endpoints, written out: its discovery document would only say the same. */
export function authorizationServer(config: SignInConfig): AuthorizationServer & {
  authorization_endpoint: string;
  token_endpoint: string;
  revocation_endpoint: string;
} {
  return {
    issuer: config.issuer,
    authorization_endpoint: `${config.signInDomain}/oauth2/authorize`,
    token_endpoint: `${config.signInDomain}/oauth2/token`,
    revocation_endpoint: `${config.signInDomain}/oauth2/revoke`,
  };
}

/** The web app's client: public, so it proves itself with PKCE rather than a secret. */
export function client(config: SignInConfig): Client {
  return { client_id: config.clientId };
}
