import { Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { GSI } from '../../shared/data/table';
import type { AlarmThresholds } from '../stacks/stage';

/** Every alarm looks at five-minute periods. */
const PERIOD = Duration.minutes(5);

export interface MonitoringProps {
  /** `SafetyValve-dev` or `SafetyValve-prod`: prefixes alarm and dashboard names. */
  prefix: string;
  thresholds: AlarmThresholds;
  /** Encrypts the operations topic (the same key as the alert topic). */
  key: IKey;
  api: HttpApi;
  /** The service's functions by short name (api, alerts, schedule). */
  functions: Record<string, IFunction>;
  /** The function that reads the table's stream. */
  streamWorker: IFunction;
  deadLetterQueue: IQueue;
  table: Table;
  /** Subscribed by email to the operations topic, when given. */
  opsEmail?: string;
  /** Emails to people that could not be delivered after every retry. */
  undeliveredNotifications?: IMetric;
}

/**
 * Operations: alarms on what would hurt councils or DfE (API 5xx, function errors and
 * throttles, a stream backlog, dead-lettered changes, table throttling), all sent to one
 * encrypted operations topic, and a dashboard with the same signals.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { thresholds } = props;
    const account = Stack.of(this).account;

    this.topic = new Topic(this, 'Topic', {
      displayName: `${props.prefix} operations`,
      masterKey: props.key,
      enforceSSL: true,
    });
    // Alarms publish as the CloudWatch service: it must be let into the topic and the key.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        effect: Effect.ALLOW,
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    props.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToEncryptedTopics',
        effect: Effect.ALLOW,
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    if (props.opsEmail) this.topic.addSubscription(new EmailSubscription(props.opsEmail));

    const action = new SnsAction(this.topic);
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const created = new Alarm(this, name, {
        alarmName: `${props.prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No requests, no invocations, no messages: nothing is wrong.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    alarm(
      'Api5xx',
      props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }),
      thresholds.api5xx,
      'The API answered with server errors (5xx): councils or DfE could not complete requests.',
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      const title = name.charAt(0).toUpperCase() + name.slice(1);
      alarm(
        `${title}Errors`,
        fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        thresholds.functionErrors,
        `The ${name} function failed (its logs say why).`,
      );
      alarm(
        `${title}Throttles`,
        fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        thresholds.functionThrottles,
        `The ${name} function was throttled: requests or records waited or were refused.`,
      );
    }
    const iteratorAge = props.streamWorker.metric('IteratorAge', {
      period: PERIOD,
      statistic: 'Maximum',
    });
    alarm(
      'StreamBacklog',
      iteratorAge,
      thresholds.streamIteratorAge.toMilliseconds(),
      'The alerts worker is behind the table stream: alerts on new returns are late.',
    );
    const deadLettered = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: PERIOD,
      statistic: 'Maximum',
    });
    alarm(
      'DeadLetters',
      deadLettered,
      1,
      'Table changes the alerts worker gave up on: replay them from the dead-letter queue within 24 hours (infra/README.md).',
    );
    if (props.undeliveredNotifications) {
      alarm(
        'NotificationsUndelivered',
        props.undeliveredNotifications,
        1,
        'Emails to people (GOV.UK Notify) failed after every retry: the workers\' logs name each event, council and recipient id ("notification not delivered"); infra/README.md says what to do.',
      );
    }
    const throttles = this.tableThrottles(props.table);
    alarm(
      'TableThrottles',
      throttles,
      thresholds.tableThrottles,
      'DynamoDB throttled reads or writes of the table or its indexes.',
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.prefix,
      defaultInterval: Duration.days(1),
    });
    const fns = Object.entries(props.functions);
    const byFunction = (metric: (fn: IFunction) => IMetric) => fns.map(([, fn]) => metric(fn));
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 4 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [
          props.api.metricCount({ period: PERIOD }),
          props.api.metricClientError({ period: PERIOD }),
          props.api.metricServerError({ period: PERIOD }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (p50, p90, p99)',
        left: ['p50', 'p90', 'p99'].map((statistic) =>
          props.api.metricLatency({ period: PERIOD, statistic }),
        ),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Invocations',
        left: byFunction((fn) => fn.metricInvocations({ period: PERIOD })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Errors and throttles',
        left: byFunction((fn) => fn.metricErrors({ period: PERIOD })),
        right: byFunction((fn) => fn.metricThrottles({ period: PERIOD })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Duration (p90)',
        left: byFunction((fn) => fn.metricDuration({ period: PERIOD, statistic: 'p90' })),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Alerts stream backlog (ms)', left: [iteratorAge], width: 8 }),
      new GraphWidget({ title: 'Dead-lettered changes', left: [deadLettered], width: 8 }),
      new GraphWidget({
        title: 'Table capacity and throttles',
        left: [
          props.table.metricConsumedReadCapacityUnits({ period: PERIOD }),
          props.table.metricConsumedWriteCapacityUnits({ period: PERIOD }),
        ],
        right: [throttles],
        width: 8,
      }),
    );
  }

  /** Read and write throttle events of the table and each index, summed. */
  private tableThrottles(table: Table): IMetric {
    const metrics: Record<string, IMetric> = {};
    const indexes = [undefined, ...Object.values(GSI).map((index) => index.indexName)];
    indexes.forEach((indexName, i) => {
      for (const [kind, metricName] of [
        ['r', 'ReadThrottleEvents'],
        ['w', 'WriteThrottleEvents'],
      ] as const) {
        metrics[`${kind}${i}`] = new Metric({
          namespace: 'AWS/DynamoDB',
          metricName,
          dimensionsMap: {
            TableName: table.tableName,
            ...(indexName ? { GlobalSecondaryIndexName: indexName } : {}),
          },
          period: PERIOD,
          statistic: 'Sum',
        });
      }
    });
    return new MathExpression({
      expression: Object.keys(metrics)
        .map((id) => `FILL(${id}, 0)`)
        .join(' + '),
      usingMetrics: metrics,
      label: 'Throttle events (table and indexes)',
      period: PERIOD,
    });
  }
}
