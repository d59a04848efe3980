import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { onlyResource, serviceFunction, synth } from './synth';

type Json = Record<string, unknown>;

function alarms(template: Template): Map<string, Json> {
  return new Map(
    Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((resource) => {
      const properties = (resource as { Properties: Json }).Properties;
      return [properties.AlarmName as string, properties];
    }),
  );
}

/** The operations topic: where the alarms send. */
function opsTopic(template: Template): string {
  const first = [...alarms(template).values()][0] as { AlarmActions: { Ref: string }[] };
  return first.AlarmActions[0]?.Ref as string;
}

describe('operations', () => {
  let dev: Template;
  let prod: Template;

  beforeAll(() => {
    dev = synth({ stage: 'dev' }).template;
    prod = synth({ stage: 'prod', context: { opsEmail: 'ops@example.gov.uk' } }).template;
  });

  it('alarms on API 5xx, each function’s errors and throttles, the stream, the DLQ, the table and undelivered emails', () => {
    expect([...alarms(prod).keys()].sort()).toEqual(
      [
        'Api5xx',
        'ApiErrors',
        'ApiThrottles',
        'AlertsErrors',
        'AlertsThrottles',
        'ScheduleErrors',
        'ScheduleThrottles',
        'StreamBacklog',
        'DeadLetters',
        'TableThrottles',
        'NotificationsUndelivered',
      ]
        .map((name) => `SafetyValve-prod-${name}`)
        .sort(),
    );
  });

  it('watches the right metrics', () => {
    const byName = alarms(prod);
    const api = onlyResource(prod, 'AWS::ApiGatewayV2::Api').logicalId;
    const queue = onlyResource(prod, 'AWS::SQS::Queue').logicalId;
    expect(byName.get('SafetyValve-prod-Api5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: api } }],
      Statistic: 'Sum',
      Period: 300,
    });
    for (const [name, service] of [
      ['Api', 'safety-valve-api'],
      ['Alerts', 'safety-valve-alerts'],
      ['Schedule', 'safety-valve-schedule'],
    ] as const) {
      const fn = serviceFunction(prod, service).logicalId;
      for (const metric of ['Errors', 'Throttles']) {
        expect(byName.get(`SafetyValve-prod-${name}${metric}`), name + metric).toMatchObject({
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: fn } }],
        });
      }
    }
    expect(byName.get('SafetyValve-prod-StreamBacklog')).toMatchObject({
      MetricName: 'IteratorAge',
      Statistic: 'Maximum',
    });
    expect(byName.get('SafetyValve-prod-DeadLetters')).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Threshold: 1,
    });
    const table = byName.get('SafetyValve-prod-TableThrottles') as { Metrics: Json[] };
    const used = JSON.stringify(table.Metrics);
    for (const metric of ['ReadThrottleEvents', 'WriteThrottleEvents', '"gsi1"', '"gsi2"']) {
      expect(used).toContain(metric);
    }
  });

  it('are stricter in prod than in dev', () => {
    const thresholds = (template: Template) =>
      Object.fromEntries(
        [...alarms(template)].map(([name, a]) => [
          name.replace(/^SafetyValve-\w+-/, ''),
          a.Threshold,
        ]),
      );
    expect(thresholds(prod)).toMatchObject({
      Api5xx: 5,
      ApiErrors: 1,
      ApiThrottles: 1,
      TableThrottles: 1,
      StreamBacklog: 300_000,
      DeadLetters: 1,
    });
    expect(thresholds(dev)).toMatchObject({
      Api5xx: 10,
      ApiErrors: 5,
      TableThrottles: 50,
      StreamBacklog: 3_600_000,
      DeadLetters: 1,
    });
  });

  it('send every alarm, and its recovery, to the operations topic, and treat silence as fine', () => {
    const topic = opsTopic(prod);
    for (const [name, alarm] of alarms(prod)) {
      expect(alarm, name).toMatchObject({
        AlarmActions: [{ Ref: topic }],
        OKActions: [{ Ref: topic }],
        TreatMissingData: 'notBreaching',
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('have an encrypted, TLS-only operations topic that CloudWatch may publish to', () => {
    const topic = opsTopic(prod);
    const key = onlyResource(prod, 'AWS::KMS::Key');
    const properties = (prod.findResources('AWS::SNS::Topic')[topic] as { Properties: Json })
      .Properties;
    expect(properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key.logicalId, 'Arn'] });
    const policy = Object.values(prod.findResources('AWS::SNS::TopicPolicy'))
      .map((p) => (p as { Properties: Json }).Properties)
      .find((p) => JSON.stringify(p.Topics) === JSON.stringify([{ Ref: topic }]));
    expect((policy?.PolicyDocument as { Statement: Json[] }).Statement).toEqual([
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: 'sns:Publish',
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    ]);
    const keyPolicy = (key.properties.KeyPolicy as { Statement: Json[] }).Statement;
    expect(keyPolicy).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
  });

  it('email the operations address when one is given', () => {
    prod.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.gov.uk',
      TopicArn: { Ref: opsTopic(prod) },
    });
    expect(Object.keys(dev.findResources('AWS::SNS::Subscription'))).toEqual([]);
  });

  it('have a dashboard named after the stage', () => {
    const { properties } = onlyResource(prod, 'AWS::CloudWatch::Dashboard');
    expect(properties.DashboardName).toBe('SafetyValve-prod');
    const body = JSON.stringify(properties.DashboardBody);
    for (const title of ['Alarms', 'API requests and errors', 'Errors and throttles']) {
      expect(body).toContain(title);
    }
  });

  it('reserve (and cap) API concurrency in prod only, where accounts can spare it', () => {
    expect(serviceFunction(prod, 'safety-valve-api').properties.ReservedConcurrentExecutions).toBe(
      50,
    );
    for (const service of ['safety-valve-api', 'safety-valve-alerts', 'safety-valve-schedule']) {
      expect(
        serviceFunction(dev, service).properties.ReservedConcurrentExecutions,
        service,
      ).toBeUndefined();
    }
  });

  it('keep every log group for the stage’s retention, and retain them in prod', () => {
    dev.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
    prod.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 400 });
    prod.allResources('AWS::Logs::LogGroup', { DeletionPolicy: 'Retain' });
  });

  it('in prod, retain everything that holds data, keys or logs', () => {
    for (const type of [
      'AWS::DynamoDB::Table',
      'AWS::Cognito::UserPool',
      'AWS::KMS::Key',
      'AWS::S3::Bucket',
      'AWS::Logs::LogGroup',
      'AWS::SQS::Queue',
    ]) {
      for (const [id, resource] of Object.entries(prod.findResources(type))) {
        expect(resource.DeletionPolicy, `${type} ${id}`).toBe('Retain');
      }
    }
  });
});
