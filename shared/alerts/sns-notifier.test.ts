import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../schemas/alert';
import { createSnsNotifier } from './sns-notifier';

const alert: Alert = {
  id: '01J',
  laCode: '878',
  rule: 'trajectory-breach',
  severity: 'red',
  financialYear: '2024-25',
  period: '2024-25-Q2',
  message: 'Forecast £20.400m above plan',
  measured: 45_400_000,
  threshold: 25_500_000,
  status: 'open',
  createdAt: '2024-11-01T00:00:00.000Z',
  updatedAt: '2024-11-01T00:00:00.000Z',
};

describe('the SNS notifier', () => {
  it('publishes the alert as JSON to the topic with attributes subscribers can filter on', async () => {
    const sns = mockClient(SNSClient);
    sns.on(PublishCommand).resolves({ MessageId: 'm1' });
    await createSnsNotifier(
      new SNSClient({ region: 'eu-west-2' }),
      'arn:aws:sns:eu-west-2:1:alerts',
    ).publish(alert, 'raised');
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input;
    expect(input.TopicArn).toBe('arn:aws:sns:eu-west-2:1:alerts');
    expect(JSON.parse(input.Message ?? '')).toMatchObject({
      event: 'alert.raised',
      alert: { id: '01J', severity: 'red' },
    });
    expect(input.MessageAttributes?.severity?.StringValue).toBe('red');
    expect(input.MessageAttributes?.laCode?.StringValue).toBe('878');
    expect((input.Subject ?? '').length).toBeLessThanOrEqual(100);
  });

  it('throws when SNS fails, so the change is retried', async () => {
    const sns = mockClient(SNSClient);
    sns.on(PublishCommand).rejects(new Error('throttled'));
    await expect(
      createSnsNotifier(new SNSClient({ region: 'eu-west-2' }), 'arn:t').publish(alert, 'raised'),
    ).rejects.toThrow('throttled');
  });
});
