import { Validations, type PolicyViolation } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Synthesized, synth } from './synth';

/** cdk-nag 3 reports through CDK's policy validation; validateScope runs the same rules directly. */
function nagViolations(scope: IConstruct): PolicyViolation[] {
  return new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(scope).violations;
}

function summary(violations: PolicyViolation[]): string[] {
  return violations.map(
    (v) =>
      `${v.ruleName} (${v.severity}) at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
  );
}

/** Every acknowledgement in the tree: where, which rule, and why. */
function acknowledgements(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe.each(['dev', 'prod'] as const)('cdk-nag AWS Solutions checks (%s)', (stage) => {
  let built: Synthesized;
  let synthError: unknown;

  beforeAll(() => {
    built = synth({ stage });
    // First synthesis of this tree, as `cdk synth` does it: validation plugins run here.
    try {
      built.app.synth();
    } catch (error) {
      synthError = error;
    }
  });

  it('leaves no unacknowledged error', () => {
    const errors = nagViolations(built.app).filter((v) => v.severity === 'error');
    expect(summary(errors)).toEqual([]);
  });

  it('leaves no unacknowledged warning', () => {
    const warnings = nagViolations(built.app).filter((v) => v.severity === 'warning');
    expect(summary(warnings)).toEqual([]);
  });

  it('gives every acknowledgement a real reason', () => {
    const acks = acknowledgements(built.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.length, `${ack.path} ${ack.id}`).toBeGreaterThanOrEqual(60);
      expect(ack.reason, `${ack.path} ${ack.id}`).not.toMatch(/\b(todo|tbd|fixme|n\/a)\b/i);
    }
  });

  it('acknowledges only the reviewed findings, each where it was reviewed', () => {
    const stack = built.stack.stackName;
    const found = [
      ...new Set(
        acknowledgements(built.app).map((ack) => `${ack.path.replace(`${stack}/`, '')} ${ack.id}`),
      ),
    ].sort();
    const deployment = (finding: string) => `Web/DeploymentRole AwsSolutions-IAM5[${finding}]`;
    const expected = [
      ...['docs', 'health', 'v1--openapi.json'].map(
        (route) => `Gateway/Api/GET--api--${route} AwsSolutions-APIG4`,
      ),
      // Geo restriction; the default certificate's TLS policy (no custom domain in the tests).
      'Web/Distribution AwsSolutions-CFR1',
      'Web/Distribution AwsSolutions-CFR4',
      // Each function: Node.js 22 pinned, and X-Ray's "*" (plus ListStreams for the worker).
      ...['Api', 'Alerts/Worker', 'Alerts/Scheduled'].flatMap((fn) => [
        `${fn}/Function AwsSolutions-L1`,
        `${fn}/Role AwsSolutions-IAM5[Resource::*]`,
      ]),
      // Publishing to the KMS-encrypted alert topic.
      'Alerts/Worker/Role AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'Alerts/Scheduled/Role AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'Alerts/DeadLetterQueue AwsSolutions-SQS3',
      // GOV.UK Notify issues its API keys: no Lambda can rotate one.
      'Alerts/NotifyApiKey AwsSolutions-SMG4',
      'Web/AccessLogs AwsSolutions-S1',
      // BucketDeployment: CDK's grant sets on the assets and site buckets, its invalidation
      // and its own Python handler.
      ...[
        'Action::s3:Abort*',
        'Action::s3:DeleteObject*',
        'Action::s3:GetBucket*',
        'Action::s3:GetObject*',
        'Action::s3:List*',
        'Resource::*',
        'Resource::<WebSiteD504717C.Arn>/*',
        'Resource::arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-eu-west-2/*',
      ].map(deployment),
      'Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C256MiB AwsSolutions-L1',
      // MFA is optional outside prod only.
      ...(stage === 'dev' ? ['Identity/UserPool AwsSolutions-COG2'] : []),
    ].sort();
    expect(found).toEqual(expected);
  });

  it('grants "*" resources only for X-Ray, the stream listing and the cache invalidation', () => {
    const statements = Object.values(built.template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } })
          .Properties.PolicyDocument.Statement,
    );
    const wildcard = statements.filter((statement) => statement.Resource === '*');
    const xray = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
    expect(wildcard.length).toBeGreaterThan(0);
    for (const statement of wildcard) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.Condition).toBeUndefined();
      // None of these actions supports resource-level permissions.
      expect([
        xray,
        ['dynamodb:ListStreams', ...xray],
        ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'],
      ]).toContainEqual(statement.Action);
    }
  });

  it('passes policy validation when the app is synthesized', () => {
    expect(synthError).toBeUndefined();
  });
});

describe('the checks catch what they should', () => {
  it('report an unauthorised route that nobody acknowledged', () => {
    const { app, stack } = synth({ stage: 'prod' });
    stack.gateway.api.addRoutes({
      path: '/api/v1/unreviewed',
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('Unreviewed', stack.api.function),
    });
    const violations = nagViolations(app);
    expect(violations.map((v) => v.ruleName)).toEqual(['AwsSolutions-APIG4']);
    expect(violations[0]?.violatingResources.map((r) => r.constructPath)).toEqual([
      'SafetyValve-prod/Gateway/Api/GET--api--v1--unreviewed/Resource',
    ]);
    expect(() => app.synth()).toThrow(/does not implement authorization/);
  });
});
