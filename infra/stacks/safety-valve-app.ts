import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeploymentContext } from './context';
import { EDGE_REGION, EdgeStack } from './edge-stack';
import { SafetyValveStack } from './safety-valve-stack';
import { STAGE_SETTINGS } from './stage';

export const SERVICE_TAG = 'safety-valve-monitor';

/**
 * Adds the stacks for the stage named in the app's context and the cdk-nag AWS Solutions
 * checks: the service in its region (London by default) and, in us-east-1, the WAF web ACL
 * CloudFront requires there. The stacks name their region (cross-region references need
 * that) but not an account: the template is the same whoever synthesizes it, and
 * `cdk deploy` uses the account of its credentials. cdk-nag 3 is a policy-validation plugin (not an Aspect): any
 * finding that is not acknowledged with a reason fails synthesis.
 */
export function buildSafetyValveApp(app: App): SafetyValveStack {
  const context = readDeploymentContext(app);
  const tags = { service: SERVICE_TAG, stage: context.stage };
  const edge = new EdgeStack(app, `SafetyValve-${context.stage}-Edge`, {
    description: `Safety Valve monitoring (${context.stage}): the WAF web ACL for CloudFront`,
    env: { region: EDGE_REGION },
    stage: context.stage,
    tags,
  });
  const stack = new SafetyValveStack(app, `SafetyValve-${context.stage}`, {
    description: `Safety Valve monitoring (${context.stage}): web app, API, identity, data and alerts`,
    env: { region: context.region },
    crossRegionReferences: true,
    settings: STAGE_SETTINGS[context.stage],
    context,
    edge,
    tags,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
