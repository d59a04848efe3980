import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the web app once before the browser tests, always: the local runner serves
 * web/dist, and a stale build would test yesterday's screens.
 */
export default async function setup() {
  await build({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}
