import { describe, expect, it } from 'vitest';
import { checkVersion } from './check-version';
import { StaleVersionError, VersionRequiredError } from './errors';

describe('checkVersion', () => {
  it.each([
    ['nothing yet, no If-Match', undefined, undefined, null],
    ['nothing yet, a version named', '1', undefined, StaleVersionError],
    ['nothing yet, *', '*', undefined, StaleVersionError],
    ['exists, no If-Match', undefined, 3, VersionRequiredError],
    ['exists, the current version', '3', 3, null],
    ['exists, a stale version', '2', 3, StaleVersionError],
    ['exists, *', '*', 3, null],
  ] as const)('%s', (_name, expected, current, error) => {
    const run = () => checkVersion(expected, current);
    if (error) expect(run).toThrow(error);
    else expect(run).not.toThrow();
  });
});
