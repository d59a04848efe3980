import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Mfa } from 'aws-cdk-lib/aws-cognito';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Where a copy of the service runs: `dev` for engineers, `prod` for councils and DfE. */
export const STAGES = ['dev', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

/** When an alarm goes off: at or above `threshold` in one five-minute period. */
export interface AlarmThresholds {
  /** API Gateway 5xx responses. */
  api5xx: number;
  /** Errors of any one function. */
  functionErrors: number;
  /** Throttled invocations of any one function. */
  functionThrottles: number;
  /** Read and write throttle events of the table and its indexes, together. */
  tableThrottles: number;
  /** Age of the oldest stream record the alerts worker has yet to process. */
  streamIteratorAge: Duration;
}

/** What differs between stages; everything else is the same on purpose. */
export interface StageSettings {
  stage: Stage;
  /** Keep data, user accounts, keys and logs when the stack or a resource is deleted. */
  removalPolicy: RemovalPolicy;
  /** DynamoDB and Cognito refuse deletion while this is on. */
  deletionProtection: boolean;
  logRetention: RetentionDays;
  /** Days CloudFront and S3 access logs are kept. */
  accessLogDays: number;
  /**
   * DfE staff and council officers handle sensitive financial and SEND data, so prod
   * requires a second factor for every user; dev keeps it optional so test users can be
   * scripted. (Cognito cannot require MFA per group: see infra/README.md.)
   */
  mfa: Mfa;
  /** How often the scheduled checks (overdue returns, early warnings) run. */
  checkSchedule: Duration;
  alarms: AlarmThresholds;
  /**
   * Concurrency reserved for (and capping) the API function. Only in prod: a new account's
   * concurrency limit can be as low as 10, and reserving any would then fail the deployment.
   */
  apiReservedConcurrency?: number;
  /** One scheduled run at a time, so two runs never sweep the table together. */
  scheduleReservedConcurrency?: number;
}

export const STAGE_SETTINGS: Record<Stage, StageSettings> = {
  dev: {
    stage: 'dev',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.TWO_WEEKS,
    accessLogDays: 14,
    mfa: Mfa.OPTIONAL,
    // Hourly is enough to see the checks work, and keeps an idle dev stack quiet.
    checkSchedule: Duration.hours(1),
    // Engineers break things in dev on purpose: only sustained trouble pages anyone.
    alarms: {
      api5xx: 10,
      functionErrors: 5,
      functionThrottles: 5,
      tableThrottles: 50,
      streamIteratorAge: Duration.hours(1),
    },
  },
  prod: {
    stage: 'prod',
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    // A financial year of returns plus the month after it closes.
    logRetention: RetentionDays.THIRTEEN_MONTHS,
    accessLogDays: 400,
    mfa: Mfa.REQUIRED,
    // A return is overdue the day after its due date; every 15 minutes is prompt enough
    // and costs about 3,000 short invocations a month.
    checkSchedule: Duration.minutes(15),
    alarms: {
      api5xx: 5,
      functionErrors: 1,
      functionThrottles: 1,
      tableThrottles: 1,
      // Alerts arrive within seconds (docs/domain.md); a backlog of minutes is worth a look.
      streamIteratorAge: Duration.minutes(5),
    },
    // The HTTP API admits 50 requests a second (burst 100); at well under a second each,
    // 50 concurrent executions serve that with room, and cap what can reach the table.
    apiReservedConcurrency: 50,
    scheduleReservedConcurrency: 1,
  },
};

/** Reads the `stage` context value; anything but `dev` or `prod` is a mistake worth stopping for. */
export function parseStage(value: unknown): Stage {
  if (value === undefined || value === null || value === '') return 'dev';
  if (typeof value === 'string' && (STAGES as readonly string[]).includes(value)) {
    return value as Stage;
  }
  const named = typeof value === 'string' ? value : JSON.stringify(value);
  throw new Error(`Unknown stage "${named}": use -c stage=dev or -c stage=prod.`);
}
