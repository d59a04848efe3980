import { type Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Function as LambdaFunction,
  LoggingFormat,
  type ParamsAndSecretsLayerVersion,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { nodeFunctionCode } from './node-bundling';

export interface ServiceFunctionProps {
  /** The Lambda entry relative to the repository root, e.g. `functions/api/lambda.ts`. */
  entry: string;
  /** Powertools' service name; the entry's Logger uses the same one. */
  serviceName: string;
  /** What the function's role is for, shown in IAM. */
  roleDescription: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  reservedConcurrency?: number;
  /** The Parameters and Secrets extension, for functions that read a secret. */
  paramsAndSecrets?: ParamsAndSecretsLayerVersion;
}

/**
 * One function of the service, built the same way for all of them: Node.js 22 on arm64,
 * bundled by esbuild (minified, with source maps), active X-Ray tracing, JSON logs in its
 * own log group with retention, and its own role that starts with nothing but writing to
 * that log group. Each user of it grants exactly what its function needs.
 */
export class ServiceFunction extends Construct {
  readonly function: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });

    // Our own role rather than the AWS managed basic-execution policy: it may write to
    // this log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.roleDescription,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new LambdaFunction(this, 'Function', {
      ...nodeFunctionCode(props.entry),
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      ...(props.paramsAndSecrets ? { paramsAndSecrets: props.paramsAndSecrets } : {}),
      ...(props.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrency }),
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        NODE_OPTIONS: '--enable-source-maps',
      },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active X-Ray tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The architecture pins Node.js 22, the esbuild target and the version the code is tested on; Lambda supports it until its end of life in 2027. Moving to Node.js 24 is a deliberate, tested change.',
    });
  }
}
