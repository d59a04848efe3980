import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser app: a Preact single-page app with the GOV.UK Design System look.
 * `npm run build:web` writes it to web/dist, which the local runner and CloudFront
 * serve beside the API on one origin. `vite --config web/vite.config.ts` serves it
 * for development and forwards /api to a running local runner (API_ORIGIN).
 */
export default defineConfig({
  root,
  publicDir: 'public',
  // Preact's automatic JSX runtime through Vite's own oxc transform: no preset needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [govukFrontendAssets({ gdsTransport: false }), swaggerUi()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': process.env.API_ORIGIN ?? 'http://localhost:3000' },
  },
});

// The plugins live here rather than in modules of their own: Vite's coming native
// config loader wants file extensions on relative imports, which tsc refuses.
const GOVUK_CSS = /govuk-frontend\/dist\/govuk\/govuk-frontend\.min\.css(\?.*)?$/;

/**
 * Lets Vite bundle GOV.UK Frontend's compiled CSS with its fonts and images.
 *
 * The compiled CSS points at `/assets/fonts/…` and `/assets/images/…` (root-relative,
 * for sites that copy the assets to `/assets`). Rewriting those to paths relative to
 * the CSS file lets Vite resolve, fingerprint and emit them like any other asset, so
 * every path resolves in the build and in the dev server without a copy step.
 *
 * GDS Transport may only be used by services on GOV.UK. This service is not hosted
 * there, so by default the font is dropped and text falls back to Arial, as GOV.UK
 * Frontend's own font stack does. Set `gdsTransport: true` if it moves to GOV.UK.
 */
function govukFrontendAssets(options: { gdsTransport: boolean }): Plugin {
  return {
    name: 'safety-valve:govuk-frontend-assets',
    enforce: 'pre',
    transform(code, id) {
      if (!GOVUK_CSS.test(id)) return null;
      let css = withoutIeMediaHacks(code).replaceAll('url(/assets/', 'url(./assets/');
      if (!options.gdsTransport) {
        css = css
          .replace(/\/\*![^*]*Margaret Calvert[^*]*\*\//g, '')
          .replace(/@font-face\{font-family:GDS Transport;[^}]*\}/g, '')
          .replaceAll('font-family:GDS Transport,', 'font-family:');
      }
      return { code: css, map: null };
    },
  };
}

/**
 * Drops `@media` blocks aimed at Internet Explorer 8 to 10 through the `\0` hack
 * (`@media screen\0 {…}`): no current browser applies them, and Vite's CSS minifier
 * (Lightning CSS) rejects them as invalid.
 */
function withoutIeMediaHacks(css: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = css.indexOf('@media', from);
    if (start === -1) return out + css.slice(from);
    const open = css.indexOf('{', start);
    if (open === -1) return out + css.slice(from);
    if (!css.slice(start, open).includes('\\0')) {
      out += css.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    let depth = 1;
    let end = open + 1;
    while (depth > 0 && end < css.length) {
      if (css[end] === '{') depth += 1;
      else if (css[end] === '}') depth -= 1;
      end += 1;
    }
    out += css.slice(from, start);
    from = end;
  }
}
/** Where the API's `/api/docs` page expects the Swagger UI files (see functions/api/routes/docs.ts). */
const BASE = 'swagger-ui/';
const OPENAPI_URL = '/api/v1/openapi.json';

const INIT_JS = `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(OPENAPI_URL)}, dom_id: '#swagger-ui' });\n`;

function swaggerUiDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('swagger-ui-dist/package.json'));
}

/** The three files, by name under `/swagger-ui/`. Read lazily: the bundle is 1.5 MB. */
function files(): Record<string, () => string | Uint8Array> {
  const dir = swaggerUiDir();
  return {
    'swagger-ui.css': () => readFileSync(join(dir, 'swagger-ui.css')),
    'swagger-ui-bundle.js': () => readFileSync(join(dir, 'swagger-ui-bundle.js')),
    'init.js': () => INIT_JS,
  };
}

const CONTENT_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/**
 * Emits Swagger UI's stylesheet and bundle, and a script that points it at the
 * OpenAPI document, into `dist/swagger-ui/`; the dev server serves the same files.
 * Copied rather than bundled: the API's docs page loads them as classic scripts.
 */
function swaggerUi(): Plugin {
  return {
    name: 'safety-valve:swagger-ui',
    generateBundle() {
      for (const [name, read] of Object.entries(files())) {
        this.emitFile({ type: 'asset', fileName: BASE + name, source: read() });
      }
    },
    configureServer(server) {
      const available = files();
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.slice(`/${BASE}`.length);
        const read = req.url?.startsWith(`/${BASE}`) && name ? available[name] : undefined;
        if (!read || !name) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'text/plain');
        res.end(read());
      });
    },
  };
}
