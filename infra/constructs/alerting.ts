import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import {
  FilterCriteria,
  FilterRule,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
  StartingPosition,
} from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, MetricFilter, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { NotificationEvent } from '../../shared/domain';
import { UNDELIVERED_LOG_MESSAGE } from '../../shared/messaging/notify-people';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { GSI } from '../../shared/data/table';
import { LAMBDA_ENTRIES } from './node-bundling';
import { ServiceFunction } from './service-function';
import {
  INDEX_READ_ACTIONS,
  ITEM_DELETE_ACTIONS,
  ITEM_READ_ACTIONS,
  ITEM_WRITE_ACTIONS,
} from './table-actions';

/** Powertools' service names; the Loggers in the entries use the same ones. */
export const ALERTS_SERVICE_NAME = 'safety-valve-alerts';
export const SCHEDULE_SERVICE_NAME = 'safety-valve-schedule';

/**
 * How the alerts worker reads the table's stream.
 *
 * TRIM_HORIZON rather than LATEST: when the event source mapping is created or replaced,
 * submissions already in the stream (up to its 24 hours) are still evaluated instead of
 * silently skipped. Re-evaluating a change is harmless: the worker is idempotent (one
 * open alert per key, one notification per severity).
 *
 * A record that keeps failing is retried a bounded number of times, with the batch split
 * in two on each error so one bad record cannot hold back the others, and is then sent
 * to the dead-letter queue. Lambda puts the record's shard and sequence numbers there,
 * not the record: `maxRecordAge` leaves most of the stream's 24 hours to replay it.
 */
export const STREAM_SETTINGS = {
  startingPosition: StartingPosition.TRIM_HORIZON,
  batchSize: 10,
  retryAttempts: 3,
  maxRecordAge: Duration.hours(6),
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  parallelizationFactor: 1,
} as const;

/**
 * The only changes the worker reacts to (functions/alerts/handlers.ts): a return whose
 * new image is `submitted` (the alert rules) or `accepted`/`returned` (the council's
 * emails), a draft or returned return marked ready for sign-off (the approvers' emails;
 * Lambda allows five filters, this is the fifth), a reform plan DfE approved or returned (emails), a newly inserted DfE
 * condition assessment, and a saved scorecard or month of scorecard figures. Everything
 * else the API writes never invokes the worker.
 */
// CDK types filter rules as `any`; held as `unknown` they stay opaque.
const isEqual = (value: string): unknown => FilterRule.isEqual(value);
const oneOf = (...values: string[]): unknown => FilterRule.or(...values);
const submittedOrReviewedReturn: Record<string, unknown> = {
  dynamodb: {
    NewImage: {
      type: { S: isEqual('return') },
      status: { S: oneOf('submitted', 'accepted', 'returned') },
    },
  },
};
// A draft or returned return carrying a sign-off mark (the handler emails a new mark only).
const readyReturn: Record<string, unknown> = {
  dynamodb: {
    NewImage: {
      type: { S: isEqual('return') },
      status: { S: oneOf('draft', 'returned') },
      readyForSignOff: { M: { at: { S: FilterRule.exists() as unknown } } },
    },
  },
};
const reviewedPlan: Record<string, unknown> = {
  dynamodb: {
    NewImage: {
      type: { S: isEqual('reform-plan') },
      status: { S: oneOf('approved', 'returned') },
    },
  },
};
const newAssessment: Record<string, unknown> = {
  eventName: isEqual('INSERT'),
  dynamodb: { NewImage: { type: { S: isEqual('assessment') } } },
};

const savedScorecard: Record<string, unknown> = {
  dynamodb: { NewImage: { type: { S: oneOf('scorecard', 'scorecard-month') } } },
};

export const STREAM_FILTERS = [
  FilterCriteria.filter(submittedOrReviewedReturn),
  FilterCriteria.filter(readyReturn),
  FilterCriteria.filter(reviewedPlan),
  FilterCriteria.filter(newAssessment),
  FilterCriteria.filter(savedScorecard),
];

export interface AlertingProps {
  table: Table;
  /** Encrypts the alert topic: notifications carry council figures. */
  key: IKey;
  checkSchedule: Duration;
  scheduleReservedConcurrency?: number;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  /** GOV.UK Notify's template id for each event (context `notifyTemplateIds`). */
  notifyTemplateIds?: Partial<Record<NotificationEvent, string>>;
  /** The web app's origin, for the links in emails. */
  webUrl?: string;
}

/** Where the count of undelivered emails is kept (a metric filter on the workers' logs). */
export const NOTIFICATION_METRIC = {
  namespace: 'SafetyValve',
  metricName: 'NotificationsUndelivered',
} as const;

/**
 * Alerts in the cloud: the worker on the table's stream, the scheduled checks, the topic
 * every raised or escalated alert is published to, and the dead-letter queue for stream
 * records the worker could not process.
 */
export class Alerting extends Construct {
  readonly topic: Topic;
  readonly deadLetterQueue: Queue;
  readonly worker: ServiceFunction;
  readonly scheduled: ServiceFunction;
  readonly schedule: Rule;
  /** GOV.UK Notify's API key; an operator puts the real key in after the first deploy. */
  readonly notifyApiKey: Secret;
  /** Emails that could not be delivered after every retry, per five minutes. */
  readonly undeliveredNotifications: Metric;

  constructor(scope: Construct, id: string, props: AlertingProps) {
    super(scope, id);
    const { table } = props;

    this.topic = new Topic(this, 'Topic', {
      displayName: 'Safety Valve alerts',
      masterKey: props.key,
      // A topic policy that denies any request not made over TLS.
      enforceSSL: true,
    });

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.removalPolicy,
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of the alerts stream; its messages are pointers to stream records that an operator replays, never consumed automatically.',
    });

    this.notifyApiKey = new Secret(this, 'NotifyApiKey', {
      description:
        "GOV.UK Notify API key for people's email notifications: replace the generated value with the key (infra/README.md)",
      encryptionKey: props.key,
      removalPolicy: props.removalPolicy,
    });
    Validations.of(this.notifyApiKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'GOV.UK Notify issues and revokes API keys in its own admin site; no Lambda can rotate one. An operator replaces the key there and here (infra/README.md).',
    });

    const environment = {
      TABLE_NAME: table.tableName,
      ALERT_TOPIC_ARN: this.topic.topicArn,
      NOTIFY_API_KEY_SECRET_ARN: this.notifyApiKey.secretArn,
      NOTIFY_TEMPLATE_IDS: JSON.stringify(props.notifyTemplateIds ?? {}),
      ...(props.webUrl ? { WEB_URL: props.webUrl } : {}),
    };
    const shared = {
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment,
      // Reads the Notify key from Secrets Manager and caches it, without the SDK client.
      paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(
        ParamsAndSecretsVersions.V1_0_103,
        {
          cacheSize: 10,
          logLevel: ParamsAndSecretsLogLevel.WARN,
        },
      ),
    };

    this.worker = new ServiceFunction(this, 'Worker', {
      ...shared,
      entry: LAMBDA_ENTRIES.alerts,
      serviceName: ALERTS_SERVICE_NAME,
      roleDescription: 'Safety Valve alerts worker: evaluates alert rules on table changes',
      memorySize: 512,
      // A batch of ten changes, each a few reads and writes and a publish.
      timeout: Duration.minutes(1),
    });

    this.scheduled = new ServiceFunction(this, 'Scheduled', {
      ...shared,
      entry: LAMBDA_ENTRIES.schedule,
      serviceName: SCHEDULE_SERVICE_NAME,
      roleDescription: 'Safety Valve scheduled checks: overdue returns and early warnings',
      memorySize: 512,
      // Every council with an agreement, eight at a time.
      timeout: Duration.minutes(5),
      reservedConcurrency: props.scheduleReservedConcurrency,
    });

    // Both read a council's items and write its alerts, their slots and audit items.
    for (const fn of [this.worker, this.scheduled]) {
      fn.role.addToPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: [...ITEM_READ_ACTIONS, ...ITEM_WRITE_ACTIONS, ...ITEM_DELETE_ACTIONS],
          resources: [table.tableArn],
        }),
      );
      this.topic.grantPublish(fn.role);
      // The Notify key, and nothing else in Secrets Manager (the API never reads it).
      this.notifyApiKey.grantRead(fn.role);
      Validations.of(fn.role).acknowledge({
        id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        reason:
          'Publishing to the KMS-encrypted alert topic needs data keys from that one key (its ARN is the only resource); the wildcard covers GenerateDataKey and its WithoutPlaintext variant, as SNS documents.',
      });
    }
    // The scheduled checks list every current agreement from the collection index.
    this.scheduled.role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...INDEX_READ_ACTIONS],
        resources: [`${table.tableArn}/index/${GSI.byCollection.indexName}`],
      }),
    );

    // A message Notify never took, after every retry, is logged once by whichever worker
    // sent it; both logs count into one metric that the operations alarm watches.
    for (const [name, fn] of [
      ['Worker', this.worker],
      ['Scheduled', this.scheduled],
    ] as const) {
      new MetricFilter(this, `${name}UndeliveredNotifications`, {
        logGroup: fn.logGroup,
        metricNamespace: NOTIFICATION_METRIC.namespace,
        metricName: NOTIFICATION_METRIC.metricName,
        filterPattern: FilterPattern.stringValue('$.message', '=', UNDELIVERED_LOG_MESSAGE),
        metricValue: '1',
        defaultValue: 0,
      });
    }
    this.undeliveredNotifications = new Metric({
      ...NOTIFICATION_METRIC,
      statistic: 'Sum',
      period: Duration.minutes(5),
    });

    this.worker.function.addEventSource(
      new DynamoEventSource(table, {
        ...STREAM_SETTINGS,
        filters: STREAM_FILTERS,
        onFailure: new SqsDlq(this.deadLetterQueue),
      }),
    );
    Validations.of(this.worker.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Two statements need "*": X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords) and dynamodb:ListStreams, which the stream event source needs and which supports no resource-level permissions.',
    });

    this.schedule = new Rule(this, 'Schedule', {
      description: 'Runs the Safety Valve scheduled checks: overdue returns, early warnings',
      schedule: Schedule.rate(props.checkSchedule),
      targets: [
        new LambdaFunction(this.scheduled.function, {
          retryAttempts: 2,
          // A missed run is covered by the next one.
          maxEventAge: props.checkSchedule,
        }),
      ],
    });
  }
}
