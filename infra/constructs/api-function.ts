import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { LAMBDA_ENTRIES } from './node-bundling';
import { ServiceFunction } from './service-function';
import { TenantAccess } from './tenant-access';

/** Powertools' service name; the Logger in `functions/api/lambda.ts` uses the same one. */
export const API_SERVICE_NAME = 'safety-valve-api';

export interface ApiFunctionProps {
  table: Table;
  /** ARNs of the table's secondary indexes, which DfE callers query. */
  indexArns: string[];
  /** Cognito issuer URL and app client id: the API verifies tokens against them. */
  authIssuer: string;
  authAudience: string;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  reservedConcurrency?: number;
}

/** The HTTP API's Lambda: the Hono app behind `functions/api/lambda.ts`. */
export class ApiFunction extends ServiceFunction {
  readonly access: TenantAccess;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id, {
      entry: LAMBDA_ENTRIES.api,
      serviceName: API_SERVICE_NAME,
      roleDescription: 'Safety Valve API: assumes the role of each caller to reach the table',
      memorySize: 512,
      timeout: Duration.seconds(10),
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      reservedConcurrency: props.reservedConcurrency,
      environment: {
        TABLE_NAME: props.table.tableName,
        AUTH_ISSUER: props.authIssuer,
        AUTH_AUDIENCE: props.authAudience,
      },
    });

    // The function's own role gets no table access: each request goes through the role
    // for its caller (council or DfE), assumed with the caller's session tag.
    this.access = new TenantAccess(this, 'Access', {
      table: props.table,
      indexArns: props.indexArns,
      apiRole: this.role,
    });
    for (const [name, value] of Object.entries(this.access.environment())) {
      this.function.addEnvironment(name, value);
    }
  }
}
