import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { notificationOf, type Notifier } from './notifier';

/**
 * Notifications in AWS: one SNS message per alert raised or escalated, with attributes
 * subscribers can filter on. A failure is thrown, so the stream record is retried.
 */
export function createSnsNotifier(client: SNSClient, topicArn: string): Notifier {
  return {
    async publish(alert, event) {
      const notification = notificationOf(alert, event);
      await client.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: notification.subject.slice(0, 100),
          Message: JSON.stringify(notification),
          MessageAttributes: {
            event: { DataType: 'String', StringValue: notification.event },
            severity: { DataType: 'String', StringValue: alert.severity },
            rule: { DataType: 'String', StringValue: alert.rule },
            laCode: { DataType: 'String', StringValue: alert.laCode },
          },
        }),
      );
    },
  };
}
