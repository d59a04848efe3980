import { Logger } from '@aws-lambda-powertools/logger';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import { createDb } from '../../shared/data/client';
import { requiredEnv } from '../../shared/config/required-env';
import { createSnsNotifier } from '../../shared/alerts/sns-notifier';
import { notifySenderFromEnv } from '../../shared/messaging/notify-from-env';
import { runScheduledChecks } from './run-scheduled-checks';

// Built once per Lambda container, reused across invocations.
const logger = new Logger({ serviceName: 'safety-valve-schedule' });
const deps = {
  store: { db: createDb(), tableName: requiredEnv('TABLE_NAME') },
  logger,
  notifier: createSnsNotifier(new SNSClient({}), requiredEnv('ALERT_TOPIC_ARN')),
  now: () => new Date(),
  emails: notifySenderFromEnv(),
  ...(process.env.WEB_URL ? { webUrl: process.env.WEB_URL } : {}),
};

/** Invoked by an EventBridge schedule. */
export async function handler(
  _event?: unknown,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
) {
  // A takeover's wait for another worker's email claim is bounded by this invocation's time.
  const remaining = context ? { remainingTimeMs: () => context.getRemainingTimeInMillis() } : {};
  return runScheduledChecks({ ...deps, ...remaining });
}
