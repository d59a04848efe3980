import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { Alerting } from '../constructs/alerting';
import { ApiFunction } from '../constructs/api-function';
import { DataTable } from '../constructs/data-table';
import { HttpApiGateway } from '../constructs/http-api';
import { Identity } from '../constructs/identity';
import { Monitoring } from '../constructs/monitoring';
import { WebHosting } from '../constructs/web-hosting';
import { type DeploymentContext, customDomainNames } from './context';
import type { EdgeStack } from './edge-stack';
import type { StageSettings } from './stage';

export interface SafetyValveStackProps extends StackProps {
  settings: StageSettings;
  context: DeploymentContext;
  /** The us-east-1 stack with the WAF web ACL of the distribution. */
  edge: EdgeStack;
}

/** One deployment of the service: data, identity and the HTTP API. */
export class SafetyValveStack extends Stack {
  readonly data: DataTable;
  readonly identity: Identity;
  readonly api: ApiFunction;
  readonly gateway: HttpApiGateway;
  /** Encrypts the SNS topics: alert notifications carry council figures. */
  readonly messagingKey: Key;
  readonly alerting: Alerting;
  readonly web: WebHosting;
  readonly monitoring: Monitoring;
  readonly edge: EdgeStack;

  constructor(scope: Construct, id: string, props: SafetyValveStackProps) {
    super(scope, id, props);
    const { settings, context } = props;
    this.edge = props.edge;
    const retained = { removalPolicy: settings.removalPolicy };

    this.data = new DataTable(this, 'Data', {
      ...retained,
      deletionProtection: settings.deletionProtection,
    });

    this.identity = new Identity(this, 'Identity', {
      ...retained,
      deletionProtection: settings.deletionProtection,
      mfa: settings.mfa,
      webOrigins: context.webOrigins,
      domainPrefix: context.authDomainPrefix,
    });
    // ID tokens are issued for the web app client: that is the audience to accept.
    const audience = this.identity.webClient.userPoolClientId;

    this.api = new ApiFunction(this, 'Api', {
      ...retained,
      table: this.data.table,
      indexArns: this.data.indexArns(),
      authIssuer: this.identity.issuer,
      authAudience: audience,
      logRetention: settings.logRetention,
      reservedConcurrency: settings.apiReservedConcurrency,
    });

    this.gateway = new HttpApiGateway(this, 'Gateway', {
      ...retained,
      handler: this.api.function,
      jwtIssuer: this.identity.issuer,
      jwtAudience: audience,
      logRetention: settings.logRetention,
    });

    this.messagingKey = new Key(this, 'MessagingKey', {
      description: `Safety Valve (${settings.stage}): encrypts the alert and operations topics`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: settings.removalPolicy,
    });

    this.alerting = new Alerting(this, 'Alerts', {
      ...retained,
      table: this.data.table,
      key: this.messagingKey,
      checkSchedule: settings.checkSchedule,
      scheduleReservedConcurrency: settings.scheduleReservedConcurrency,
      logRetention: settings.logRetention,
      notifyTemplateIds: context.notifyTemplateIds,
      ...(context.webOrigins[0] ? { webUrl: context.webOrigins[0] } : {}),
    });

    const certificate = context.certificateArn
      ? Certificate.fromCertificateArn(this, 'Certificate', context.certificateArn)
      : undefined;
    this.web = new WebHosting(this, 'Web', {
      api: this.gateway.api,
      webDist: context.webDist,
      webAclArn: props.edge.webAclArn,
      authOrigin: this.identity.domain.baseUrl(),
      runtimeConfig: {
        region: this.region,
        userPoolId: this.identity.userPool.userPoolId,
        clientId: audience,
        issuer: this.identity.issuer,
        signInDomain: this.identity.domain.baseUrl(),
      },
      ...(certificate ? { certificate, domainNames: customDomainNames(context.webOrigins) } : {}),
      accessLogDays: settings.accessLogDays,
      logRetention: settings.logRetention,
      removalPolicy: settings.removalPolicy,
      autoDeleteObjects: settings.stage !== 'prod',
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      prefix: this.stackName,
      thresholds: settings.alarms,
      key: this.messagingKey,
      api: this.gateway.api,
      functions: {
        api: this.api.function,
        alerts: this.alerting.worker.function,
        schedule: this.alerting.scheduled.function,
      },
      streamWorker: this.alerting.worker.function,
      deadLetterQueue: this.alerting.deadLetterQueue,
      undeliveredNotifications: this.alerting.undeliveredNotifications,
      table: this.data.table,
      opsEmail: context.opsEmail,
    });

    new CfnOutput(this, 'WebUrl', {
      value: `https://${this.web.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'DistributionId', { value: this.web.distribution.distributionId });
    new CfnOutput(this, 'ApiUrl', { value: this.gateway.url });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: audience });
    new CfnOutput(this, 'AuthIssuer', { value: this.identity.issuer });
    new CfnOutput(this, 'SignInDomain', { value: this.identity.domain.baseUrl() });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AlertTopicArn', { value: this.alerting.topic.topicArn });
    new CfnOutput(this, 'OpsTopicArn', { value: this.monitoring.topic.topicArn });
    new CfnOutput(this, 'Dashboard', {
      value: `https://${this.region}.console.aws.amazon.com/cloudwatch/home?region=${this.region}#dashboards/dashboard/${this.monitoring.dashboard.dashboardName}`,
    });
    new CfnOutput(this, 'AlertDeadLetterQueueUrl', {
      value: this.alerting.deadLetterQueue.queueUrl,
    });
  }
}
