import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildSafetyValveApp } from '../../infra/stacks/safety-valve-app';
import type { SafetyValveStack } from '../../infra/stacks/safety-valve-stack';

/** The feature flags and settings of cdk.json, so tests build what `cdk synth` builds. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export const PROD_ORIGIN = 'https://safety-valve.example.gov.uk';

/**
 * A stand-in for web/dist, so the template tests neither need the web app built nor
 * change when it is rebuilt (`npm run synth` builds and uploads the real one).
 */
export const WEB_DIST_FIXTURE = fileURLToPath(new URL('./fixtures/web-dist', import.meta.url));

export interface SynthOptions {
  stage: 'dev' | 'prod';
  /** Run esbuild for real; off by default to keep most suites fast. */
  bundle?: boolean;
  context?: Record<string, unknown>;
}

export interface Synthesized {
  app: App;
  stack: SafetyValveStack;
  outdir: string;
  /** Synthesizes on first use: the tree can still be changed until then. */
  readonly template: Template;
}

/** Builds the app exactly as infra/app.ts does, for one stage, into a temporary directory. */
export function synth({ stage, bundle = false, context = {} }: SynthOptions): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'safety-valve-cdk-'));
  const app = new App({
    outdir,
    context: {
      ...cdkJsonContext(),
      stage,
      ...(stage === 'prod' ? { webOrigins: PROD_ORIGIN } : {}),
      webDist: WEB_DIST_FIXTURE,
      // An empty list skips asset bundling for every stack.
      ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      ...context,
    },
  });
  const stack = buildSafetyValveApp(app);
  let template: Template | undefined;
  return {
    app,
    stack,
    outdir,
    get template() {
      template ??= Template.fromStack(stack);
      return template;
    },
  };
}

/** The single resource of a type, failing loudly if there is not exactly one. */
export function onlyResource(
  template: Template,
  type: string,
): { logicalId: string; properties: Record<string, unknown>; resource: Record<string, unknown> } {
  const found = Object.entries(template.findResources(type));
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
  const [logicalId, resource] = found[0] as [string, Record<string, unknown>];
  return {
    logicalId,
    resource,
    properties: (resource.Properties ?? {}) as Record<string, unknown>,
  };
}

/** The Lambda function of one of the service's functions, found by its Powertools service name. */
export function serviceFunction(
  template: Template,
  serviceName: string,
): { logicalId: string; properties: Record<string, unknown>; resource: Record<string, unknown> } {
  const found = Object.entries(template.findResources('AWS::Lambda::Function')).filter(
    ([, resource]) =>
      (resource as { Properties?: { Environment?: { Variables?: Record<string, unknown> } } })
        .Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === serviceName,
  );
  if (found.length !== 1) {
    throw new Error(`Expected one function of ${serviceName}, found ${found.length}`);
  }
  const [logicalId, resource] = found[0] as [string, Record<string, unknown>];
  return {
    logicalId,
    resource,
    properties: (resource.Properties ?? {}) as Record<string, unknown>,
  };
}

/** Every statement of every identity policy (AWS::IAM::Policy and inline role policies). */
export function policyStatements(template: Template): Record<string, unknown>[] {
  const fromPolicies = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } })
        .Properties.PolicyDocument.Statement,
  );
  return fromPolicies;
}

/** The logical id of the one resource of a type whose id starts with a construct path prefix. */
export function logicalIdStartingWith(template: Template, type: string, prefix: string): string {
  const found = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  if (found.length !== 1) throw new Error(`Expected one ${type} ${prefix}*, found ${found.length}`);
  return found[0] as string;
}
