import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNotifyTemplateIds } from '../../infra/stacks/context';
import { UNDELIVERED_LOG_MESSAGE } from '../../shared/messaging/notify-people';
import { onlyResource, serviceFunction, synth } from './synth';

type Json = Record<string, unknown>;

const TEMPLATE_IDS = {
  'return-due': '0b6f3c2e-1d3a-4e59-9a53-2c1f1e0d4a01',
  'alert-red': '5d7e9f10-2b3c-4d5e-8f90-a1b2c3d4e5f6',
};

function policiesOfRole(template: Template, roleLogicalId: string): Json[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .map((p) => (p as { Properties: Json }).Properties)
    .filter((p) => JSON.stringify(p.Roles).includes(`"${roleLogicalId}"`))
    .flatMap((p) => (p.PolicyDocument as { Statement: Json[] }).Statement);
}

const roleOf = (template: Template, serviceName: string) =>
  (serviceFunction(template, serviceName).properties.Role as { 'Fn::GetAtt': [string] })[
    'Fn::GetAtt'
  ][0];

describe('email notifications in the cloud', () => {
  let template: Template;
  let secretId: string;

  beforeAll(() => {
    template = synth({
      stage: 'prod',
      context: { notifyTemplateIds: JSON.stringify(TEMPLATE_IDS) },
    }).template;
    secretId = onlyResource(template, 'AWS::SecretsManager::Secret').logicalId;
  });

  it('keeps the Notify API key in Secrets Manager, encrypted with the stack key', () => {
    const { properties } = onlyResource(template, 'AWS::SecretsManager::Secret');
    expect(JSON.stringify(properties.KmsKeyId)).toContain('GetAtt');
    expect(String(properties.Description)).toContain('GOV.UK Notify');
  });

  it.each(['safety-valve-alerts', 'safety-valve-schedule'])(
    '%s is told the secret, the template ids and the web address, and reads the secret through the extension',
    (service) => {
      const { properties } = serviceFunction(template, service);
      const env = (properties.Environment as { Variables: Json }).Variables;
      expect(env.NOTIFY_API_KEY_SECRET_ARN).toEqual({ Ref: secretId });
      expect(JSON.parse(String(env.NOTIFY_TEMPLATE_IDS))).toEqual(TEMPLATE_IDS);
      expect(env.WEB_URL).toMatch(/^https:\/\//);
      expect(JSON.stringify(properties.Layers)).toContain(
        'AWS-Parameters-and-Secrets-Lambda-Extension',
      );
      const reads = policiesOfRole(template, roleOf(template, service)).filter((s) =>
        [s.Action].flat().includes('secretsmanager:GetSecretValue'),
      );
      expect(reads).toHaveLength(1);
      expect(reads[0]!.Resource).toEqual({ Ref: secretId });
    },
  );

  it('never lets the API read the Notify key', () => {
    const { properties } = serviceFunction(template, 'safety-valve-api');
    const env = (properties.Environment as { Variables: Json }).Variables;
    expect(env.NOTIFY_API_KEY_SECRET_ARN).toBeUndefined();
    const statements = policiesOfRole(template, roleOf(template, 'safety-valve-api'));
    expect(JSON.stringify(statements)).not.toContain('secretsmanager:');
  });

  it('counts undelivered emails from both workers’ logs and alarms on the first one', () => {
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter')).map(
      (r) => (r as { Properties: Json }).Properties,
    );
    const undelivered = filters.filter((f) =>
      String(f.FilterPattern).includes(UNDELIVERED_LOG_MESSAGE),
    );
    expect(undelivered).toHaveLength(2);
    for (const f of undelivered) {
      expect(f.MetricTransformations).toEqual([
        expect.objectContaining({
          MetricNamespace: 'SafetyValve',
          MetricName: 'NotificationsUndelivered',
          MetricValue: '1',
        }),
      ]);
    }
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'))
      .map((r) => (r as { Properties: Json }).Properties)
      .filter((a) => a.MetricName === 'NotificationsUndelivered');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({
      Namespace: 'SafetyValve',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Statistic: 'Sum',
    });
    expect((alarms[0]!.AlarmActions as unknown[]).length).toBe(1);
  });

  it.each([
    ['{"return-due":"not-a-uuid"}', 'UUID'],
    ['{"tranche-paid":"0b6f3c2e-1d3a-4e59-9a53-2c1f1e0d4a01"}', 'not an event'],
    ['{nope', 'JSON'],
  ])('stops synthesis on template ids %s', (value, message) => {
    expect(() => parseNotifyTemplateIds(value)).toThrow(message);
  });
});
