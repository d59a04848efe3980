import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STALE_CLAIM_MS } from '../../shared/data/notifications/deliveries';
import { EMAIL_SEND_BOUND_MS } from '../../shared/messaging/email-sender';
import { onlyResource, policyStatements, serviceFunction, synth } from './synth';

type Json = Record<string, unknown>;

const WORKER = 'safety-valve-alerts';
const SCHEDULED = 'safety-valve-schedule';

/**
 * The exact-match and `exists` subset of Lambda's event filter syntax: every key present,
 * value in the list (or present at all, for `{exists: true}`).
 */
function matches(pattern: unknown, event: unknown): boolean {
  if (Array.isArray(pattern)) {
    return pattern.some((p: unknown) =>
      typeof p === 'object' && p !== null && 'exists' in p
        ? (event !== undefined) === (p as { exists: boolean }).exists
        : p === event,
    );
  }
  if (typeof pattern !== 'object' || pattern === null) return false;
  if (typeof event !== 'object' || event === null) return false;
  return Object.entries(pattern).every(([key, sub]) => matches(sub, (event as Json)[key]));
}

/** A stream record as Lambda filters it: the DynamoDB JSON of the item's images. */
function record(eventName: string, newImage?: Json, oldImage?: Json): Json {
  const typed = (image: Json) =>
    Object.fromEntries(Object.entries(image).map(([k, v]) => [k, { S: String(v) }]));
  return {
    eventName,
    dynamodb: {
      ...(newImage ? { NewImage: typed(newImage) } : {}),
      ...(oldImage ? { OldImage: typed(oldImage) } : {}),
    },
  };
}

function policiesOfRole(template: Template, roleLogicalId: string): Json[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .map((p) => (p as { Properties: Json }).Properties)
    .filter((p) => JSON.stringify(p.Roles).includes(`"${roleLogicalId}"`))
    .flatMap((p) => (p.PolicyDocument as { Statement: Json[] }).Statement);
}

function roleOf(template: Template, serviceName: string): string {
  const role = serviceFunction(template, serviceName).properties.Role as {
    'Fn::GetAtt': [string, string];
  };
  return role['Fn::GetAtt'][0];
}

const actions = (statement: Json): string[] => [statement.Action as string | string[]].flat();

describe('alerts in the cloud', () => {
  let dev: Template;
  let prod: Template;

  beforeAll(() => {
    dev = synth({ stage: 'dev' }).template;
    prod = synth({ stage: 'prod' }).template;
  });

  describe('the worker', () => {
    it("gives one email's tries, and the retry of a send it was killed in, well inside its timeout", () => {
      const timeoutMs = Number(serviceFunction(dev, WORKER).properties.Timeout) * 1000;
      expect(timeoutMs).toBe(60_000);
      // One email's tries take at most a quarter of the worker's time...
      expect(EMAIL_SEND_BOUND_MS * 4).toBeLessThanOrEqual(timeoutMs);
      // ...and a claim left by a killed worker is taken over, and its email sent, by the
      // stream's retry within the retry's own time, with room for the batch's other work.
      expect(STALE_CLAIM_MS).toBeGreaterThan(EMAIL_SEND_BOUND_MS);
      expect(STALE_CLAIM_MS + EMAIL_SEND_BOUND_MS).toBeLessThanOrEqual(timeoutMs * 0.6);
    });

    it('runs Node.js 22 on arm64 with tracing, told the table and the topic', () => {
      const table = onlyResource(dev, 'AWS::DynamoDB::Table').logicalId;
      const topic = onlyAlertTopic(dev);
      const { properties } = serviceFunction(dev, WORKER);
      expect(properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON' },
      });
      // Besides the Parameters and Secrets extension's own settings (its cache and timeouts).
      const variables = (properties.Environment as { Variables: Json }).Variables;
      expect(
        Object.fromEntries(
          Object.entries(variables).filter(
            ([name]) => !/^(PARAMETERS_SECRETS_|SECRETS_MANAGER_|SSM_PARAMETER_STORE_)/.test(name),
          ),
        ),
      ).toEqual({
        TABLE_NAME: { Ref: table },
        ALERT_TOPIC_ARN: { Ref: topic },
        NOTIFY_API_KEY_SECRET_ARN: {
          Ref: onlyResource(dev, 'AWS::SecretsManager::Secret').logicalId,
        },
        NOTIFY_TEMPLATE_IDS: '{}',
        WEB_URL: 'http://localhost:3000',
        POWERTOOLS_SERVICE_NAME: WORKER,
        NODE_OPTIONS: '--enable-source-maps',
      });
    });

    it('reads the table stream with batch item failures, bisection, bounded retries and a DLQ', () => {
      const table = onlyResource(dev, 'AWS::DynamoDB::Table').logicalId;
      const worker = serviceFunction(dev, WORKER).logicalId;
      const queue = onlyResource(dev, 'AWS::SQS::Queue').logicalId;
      const { properties } = onlyResource(dev, 'AWS::Lambda::EventSourceMapping');
      expect(properties).toMatchObject({
        EventSourceArn: { 'Fn::GetAtt': [table, 'StreamArn'] },
        FunctionName: { Ref: worker },
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        ParallelizationFactor: 1,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
      });
      expect(properties.MaximumRetryAttempts).toBeGreaterThanOrEqual(1);
      expect(properties.MaximumRetryAttempts).toBeLessThanOrEqual(5);
      // Well inside the stream's 24 hours, so a dead-lettered record can still be replayed.
      expect(properties.MaximumRecordAgeInSeconds).toBeGreaterThanOrEqual(60);
      expect(properties.MaximumRecordAgeInSeconds).toBeLessThanOrEqual(12 * 3600);
    });

    it('is invoked only for submitted, reviewed or ready returns, reviewed plans, inserted assessments and scorecard saves', () => {
      const { properties } = onlyResource(dev, 'AWS::Lambda::EventSourceMapping');
      const patterns = (
        properties.FilterCriteria as { Filters: { Pattern: string }[] }
      ).Filters.map((f) => JSON.parse(f.Pattern) as unknown);
      expect(patterns).toEqual([
        {
          dynamodb: {
            NewImage: {
              type: { S: ['return'] },
              status: { S: ['submitted', 'accepted', 'returned'] },
            },
          },
        },
        {
          dynamodb: {
            NewImage: {
              type: { S: ['return'] },
              status: { S: ['draft', 'returned'] },
              readyForSignOff: { M: { at: { S: [{ exists: true }] } } },
            },
          },
        },
        {
          dynamodb: {
            NewImage: { type: { S: ['reform-plan'] }, status: { S: ['approved', 'returned'] } },
          },
        },
        { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['assessment'] } } } },
        { dynamodb: { NewImage: { type: { S: ['scorecard', 'scorecard-month'] } } } },
      ]);
      const invokes = (r: Json) => patterns.some((p) => matches(p, r));

      const submitted = { type: 'return', status: 'submitted', period: '2024-25-Q2' };
      expect(invokes(record('MODIFY', submitted, { ...submitted, status: 'draft' }))).toBe(true);
      expect(invokes(record('INSERT', { type: 'assessment', status: 'not-met' }))).toBe(true);
      expect(invokes(record('INSERT', { type: 'scorecard-month', month: '2024-03' }))).toBe(true);
      expect(invokes(record('MODIFY', { type: 'scorecard' }, { type: 'scorecard' }))).toBe(true);
      expect(invokes(record('REMOVE', undefined, { type: 'scorecard-month' }))).toBe(false);

      expect(invokes(record('MODIFY', { ...submitted, status: 'draft' }))).toBe(false);
      // A return sent for sign-off is emailed to the council's approvers; one whose mark an
      // edit cleared is not.
      const ready = {
        NewImage: {
          type: { S: 'return' },
          status: { S: 'draft' },
          readyForSignOff: { M: { at: { S: '2024-10-20T09:00:00.000Z' }, by: { M: {} } } },
        },
      };
      expect(invokes({ eventName: 'MODIFY', dynamodb: ready })).toBe(true);
      const returnedReady = {
        NewImage: { ...ready.NewImage, status: { S: 'returned' } },
      };
      expect(invokes({ eventName: 'MODIFY', dynamodb: returnedReady })).toBe(true);
      expect(invokes(record('MODIFY', { ...submitted, status: 'draft' }, submitted))).toBe(false);
      // A review is emailed to the council's subscribed people.
      expect(invokes(record('MODIFY', { ...submitted, status: 'accepted' }, submitted))).toBe(true);
      expect(invokes(record('MODIFY', { type: 'reform-plan', status: 'approved' }))).toBe(true);
      expect(invokes(record('MODIFY', { type: 'reform-plan', status: 'draft' }))).toBe(false);
      expect(invokes(record('REMOVE', undefined, submitted))).toBe(false);
      expect(invokes(record('MODIFY', { type: 'assessment', status: 'met' }))).toBe(false);
      for (const type of [
        'alert',
        'audit',
        'return-history',
        'agreement',
        'idempotency',
        'comparator',
      ]) {
        expect(invokes(record('INSERT', { type, status: 'submitted' })), type).toBe(false);
      }
    });

    it('may read the stream and write council items, but not scan or query an index', () => {
      const statements = policiesOfRole(dev, roleOf(dev, WORKER));
      const all = statements.flatMap(actions);
      expect(all).toEqual(
        expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:GetShardIterator']),
      );
      expect(all).not.toContain('dynamodb:Scan');
      expect(JSON.stringify(statements)).not.toContain('/index/');
    });
  });

  describe('the dead-letter queue', () => {
    it('is encrypted, keeps messages 14 days and refuses anything but TLS', () => {
      const { logicalId, properties } = onlyResource(dev, 'AWS::SQS::Queue');
      expect(properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 1209600,
      });
      dev.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: logicalId }],
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Action: 'sqs:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              Resource: { 'Fn::GetAtt': [logicalId, 'Arn'] },
            },
          ],
        },
      });
    });
  });

  describe('the alert topic', () => {
    it('is encrypted with a customer key that rotates', () => {
      const topic = dev.findResources('AWS::SNS::Topic')[onlyAlertTopic(dev)] as {
        Properties: Json;
      };
      const key = onlyResource(dev, 'AWS::KMS::Key');
      expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key.logicalId, 'Arn'] });
      expect(key.properties.EnableKeyRotation).toBe(true);
      expect(onlyResource(prod, 'AWS::KMS::Key').resource.DeletionPolicy).toBe('Retain');
    });

    it('refuses publishing without TLS', () => {
      const topic = onlyAlertTopic(dev);
      dev.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [{ Ref: topic }],
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Action: 'sns:Publish',
              Principal: '*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              Resource: { Ref: topic },
            },
          ],
        },
      });
    });

    it('may be published to by the worker and the scheduled checks only', () => {
      const topic = onlyAlertTopic(dev);
      const publishers = Object.values(dev.findResources('AWS::IAM::Policy'))
        .map((p) => (p as { Properties: Json }).Properties)
        .filter((p) =>
          (p.PolicyDocument as { Statement: Json[] }).Statement.some(
            (s) =>
              actions(s).includes('sns:Publish') &&
              JSON.stringify(s.Resource) === JSON.stringify({ Ref: topic }),
          ),
        )
        .flatMap((p) => (p.Roles as { Ref: string }[]).map((r) => r.Ref));
      expect(publishers.sort()).toEqual([roleOf(dev, WORKER), roleOf(dev, SCHEDULED)].sort());
      // No wildcard publish anywhere.
      const wildcardPublish = policyStatements(dev).filter(
        (s) => actions(s).some((a) => a.startsWith('sns:')) && s.Resource === '*',
      );
      expect(wildcardPublish).toEqual([]);
    });
  });

  describe('the scheduled checks', () => {
    it('run every hour in dev and every 15 minutes in prod', () => {
      const fn = serviceFunction(dev, SCHEDULED).logicalId;
      dev.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'rate(1 hour)',
        State: 'ENABLED',
        Targets: [
          {
            Arn: { 'Fn::GetAtt': [fn, 'Arn'] },
            RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          },
        ],
      });
      prod.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(15 minutes)' });
    });

    it('may be invoked by that rule only', () => {
      const fn = serviceFunction(dev, SCHEDULED).logicalId;
      const rule = onlyResource(dev, 'AWS::Events::Rule').logicalId;
      const permissions = Object.values(dev.findResources('AWS::Lambda::Permission'))
        .map((p) => (p as { Properties: Json }).Properties)
        .filter((p) => JSON.stringify(p.FunctionName).includes(fn));
      expect(permissions).toEqual([
        {
          Action: 'lambda:InvokeFunction',
          FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
          Principal: 'events.amazonaws.com',
          SourceArn: { 'Fn::GetAtt': [rule, 'Arn'] },
        },
      ]);
    });

    it('run one at a time in prod, and query only the collection index', () => {
      expect(serviceFunction(prod, SCHEDULED).properties.ReservedConcurrentExecutions).toBe(1);
      const statements = policiesOfRole(dev, roleOf(dev, SCHEDULED));
      const onIndexes = statements.filter((s) => JSON.stringify(s.Resource).includes('/index/'));
      expect(onIndexes.map((s) => [actions(s), JSON.stringify(s.Resource)])).toEqual([
        [['dynamodb:Query'], expect.stringContaining('/index/gsi1')],
      ]);
      expect(statements.flatMap(actions)).not.toContain('dynamodb:Scan');
    });
  });
});

/** The alert topic: the SNS topic whose ARN the worker is told. */
function onlyAlertTopic(template: Template): string {
  const variables = (
    serviceFunction(template, WORKER).properties.Environment as { Variables: Json }
  ).Variables;
  return (variables.ALERT_TOPIC_ARN as { Ref: string }).Ref;
}
