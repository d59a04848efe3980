/**
 * The security headers of every response, web app and API alike: CloudFront sends them
 * in AWS (web-hosting.ts) and the local runner sends the same ones (infra/local/start.ts).
 * No AWS CDK here, so the local runner can import it.
 */

/**
 * The Content Security Policy. Everything the built app loads is its own (web/dist: one
 * module script, one stylesheet, fonts and images under /assets, Swagger UI's script and
 * stylesheet under /swagger-ui); no inline script or style elements, no eval. Swagger UI's
 * stylesheet draws its icons as `data:` SVG images. The browser talks to this origin and,
 * to exchange a sign-in code for tokens, to the Cognito domain. `upgrade-insecure-requests`
 * is left out where the service speaks plain HTTP (the local runner).
 */
export function contentSecurityPolicy(
  authOrigin?: string,
  { upgradeInsecureRequests = true }: { upgradeInsecureRequests?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    authOrigin ? `connect-src 'self' ${authOrigin}` : "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(upgradeInsecureRequests ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * What the local runner sends with every response: CloudFront's policy less what only
 * makes sense over HTTPS (HSTS, upgrade-insecure-requests).
 */
export function localSecurityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(undefined, { upgradeInsecureRequests: false }),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-XSS-Protection': '0',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
