import { StaleVersionError, VersionRequiredError } from './errors';

/**
 * Optimistic locking on a versioned resource: a change to an existing one must name the
 * version it was based on (`expected`, as sent in `If-Match`). `*` matches any current
 * version (RFC 9110); naming any version, `*` included, where nothing exists yet is stale.
 */
export function checkVersion(
  expected: string | undefined,
  currentVersion: number | undefined,
): void {
  if (currentVersion === undefined) {
    if (expected !== undefined) {
      throw new StaleVersionError('There is nothing at this address for If-Match to match yet.');
    }
    return;
  }
  if (expected === undefined) {
    throw new VersionRequiredError(
      `Send If-Match with the version you are changing (the current version is ${currentVersion}).`,
    );
  }
  if (expected !== '*' && expected !== String(currentVersion)) {
    throw new StaleVersionError(
      `Someone else has saved since version ${expected}: the current version is ${currentVersion}. Reload, then make your change again.`,
    );
  }
}
