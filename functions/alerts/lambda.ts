import { Logger } from '@aws-lambda-powertools/logger';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context, DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda';
import { createDb } from '../../shared/data/client';
import { requiredEnv } from '../../shared/config/required-env';
import { notifySenderFromEnv } from '../../shared/messaging/notify-from-env';
import { changeHandlers } from './handlers';
import { processRecords, type ChangeRecord } from './process-records';
import { createSnsNotifier } from '../../shared/alerts/sns-notifier';

// Built once per Lambda container, reused across invocations.
const logger = new Logger({ serviceName: 'safety-valve-alerts' });
const deps = {
  store: { db: createDb(), tableName: requiredEnv('TABLE_NAME') },
  logger,
  notifier: createSnsNotifier(new SNSClient({}), requiredEnv('ALERT_TOPIC_ARN')),
  now: () => new Date(),
  emails: notifySenderFromEnv(),
  ...(process.env.WEB_URL ? { webUrl: process.env.WEB_URL } : {}),
};

/** Invoked by the table's stream (filtered to submitted returns and assessments). */
export async function handler(
  event: DynamoDBStreamEvent,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<DynamoDBBatchResponse> {
  // A takeover's wait for another worker's claim is bounded by this invocation's time.
  const remaining = context ? { remainingTimeMs: () => context.getRemainingTimeInMillis() } : {};
  return processRecords(event.Records as ChangeRecord[], { ...deps, ...remaining }, changeHandlers);
}
