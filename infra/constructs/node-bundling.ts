import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Architecture, Code, Runtime } from 'aws-cdk-lib/aws-lambda';
import { buildSync, type BuildOptions } from 'esbuild';

/** The repository root: entries, the lock file and tsconfig are found from here. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every function of the service runs on the same runtime, on Graviton. */
export const NODE_RUNTIME = Runtime.NODEJS_22_X;
export const NODE_ARCHITECTURE = Architecture.ARM_64;

/** Path of a Lambda entry relative to the repository root, e.g. `functions/api/lambda.ts`. */
export function entryPath(relative: string): string {
  return join(REPO_ROOT, relative);
}

/**
 * esbuild settings shared by all functions, for an entry built into `outdir` as
 * `index.mjs` (Lambda's `index.handler`). Bundling runs with the esbuild from
 * devDependencies, so `cdk synth` needs neither Docker nor the network.
 *
 * Code splitting: what the code loads with `import()` (pdfmake and its fonts, exceljs)
 * goes into chunks of its own beside `index.mjs`, so a cold start neither parses nor
 * evaluates megabytes that only a PDF or a workbook needs.
 */
export function esbuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entryPath(entry) },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // Prefer ESM builds of dependencies so the bundle is tree-shaken.
    mainFields: ['module', 'main'],
    // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // CommonJS dependencies also read __dirname and __filename, which an ES module lacks
    // (pdfmake's font store does, on every font it loads): give them the bundle's own.
    // A define only replaces free references, never a module's own variable of that name.
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    // Bundle the AWS SDK too: the version we test is the version that runs.
    external: [],
    absWorkingDir: REPO_ROOT,
    logLevel: 'warning',
  };
}

/** The service's Lambda entries, by function: each is a thin file over shared code. */
export const LAMBDA_ENTRIES = {
  api: 'functions/api/lambda.ts',
  alerts: 'functions/alerts/lambda.ts',
  schedule: 'functions/schedule/lambda.ts',
} as const;

/**
 * Where a function's code comes from and how it is built: every function of the service
 * spreads this, so the runtime, architecture and esbuild settings cannot differ between
 * functions (the bundle test synthesizes them the same way). esbuild runs in this
 * process (CDK's NodejsFunction runs its command line, which cannot split code).
 */
export function nodeFunctionCode(entry: string) {
  return {
    code: Code.fromAsset(REPO_ROOT, {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // CDK caches bundling by its options, where the local bundler (a function) does
        // not show: naming the entry here gives each function its own bundle.
        environment: { ENTRY: entry },
        // Never used: local bundling always succeeds or fails the synth with esbuild's error.
        image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
        local: {
          tryBundle(outputDir: string) {
            buildSync(esbuildOptions(entry, outputDir));
            return true;
          },
        },
      },
    }),
    handler: 'index.handler',
    runtime: NODE_RUNTIME,
    architecture: NODE_ARCHITECTURE,
  };
}
