import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

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
 * esbuild settings shared by all functions. Bundling runs with the esbuild from
 * devDependencies, so `cdk synth` needs neither Docker nor the network.
 */
export const NODE_BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: 'node22',
  // Prefer ESM builds of dependencies so the bundle is tree-shaken.
  mainFields: ['module', 'main'],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  // CommonJS dependencies also read __dirname and __filename, which an ES module lacks
  // (pdfmake's font store does, on every font it loads): give them the bundle's own.
  // A define only replaces free references, never a module's own variable of that name.
  define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // Bundle the AWS SDK too: the version we test is the version that runs.
  externalModules: [],
};

/** The service's Lambda entries, by function: each is a thin file over shared code. */
export const LAMBDA_ENTRIES = {
  api: 'functions/api/lambda.ts',
  alerts: 'functions/alerts/lambda.ts',
  schedule: 'functions/schedule/lambda.ts',
} as const;

/**
 * Where a function's code comes from and how it is built: every NodejsFunction of the
 * service spreads this, so the runtime, architecture and esbuild settings cannot differ
 * between functions (the bundle test synthesizes them the same way).
 */
export function nodeFunctionCode(entry: string) {
  return {
    entry: entryPath(entry),
    handler: 'handler',
    projectRoot: REPO_ROOT,
    depsLockFilePath: entryPath('package-lock.json'),
    runtime: NODE_RUNTIME,
    architecture: NODE_ARCHITECTURE,
    bundling: NODE_BUNDLING,
  };
}
