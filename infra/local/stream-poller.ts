import {
  type DynamoDBStreamsClient,
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ExpiredIteratorException,
} from '@aws-sdk/client-dynamodb-streams';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { ChangeRecord } from '../../functions/alerts/process-records';

export interface StreamPoller {
  /** Resolves once the shards are found: from then on no record is missed. */
  ready(): Promise<void>;
  /**
   * Resolves once every record written so far has been handed to the consumer, however
   * many reads of the stream that takes.
   */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Reads the table's stream from DynamoDB Local and hands each batch to the same
 * function Lambda would invoke from the DynamoDB event source in AWS. Shards that
 * exist at start-up are read from their latest record; shards that appear later
 * from their first. A batch whose records failed is retried from the first failure.
 */
export function startStreamPoller(options: {
  client: DynamoDBStreamsClient;
  streamArn: string;
  logger: Logger;
  consume: (
    records: ChangeRecord[],
  ) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  intervalMs?: number;
}): StreamPoller {
  const { client, streamArn, logger, consume } = options;
  const intervalMs = options.intervalMs ?? 250;
  const iterators = new Map<string, string | null>();
  let stopped = false;
  let firstPass = true;
  // Every poll runs on one chain, so a drain never races the timer's poll.
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function discoverShards() {
    const out = await client.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of out.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId;
      if (!shardId || iterators.has(shardId)) continue;
      const it = await client.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: firstPass ? 'LATEST' : 'TRIM_HORIZON',
        }),
      );
      iterators.set(shardId, it.ShardIterator ?? null);
    }
    firstPass = false;
  }

  /** Reads the shard once; how many records it handed over. */
  async function pollShard(shardId: string, iterator: string): Promise<number> {
    let out;
    try {
      out = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    } catch (error) {
      if (error instanceof ExpiredIteratorException) {
        iterators.delete(shardId);
        return 0;
      }
      throw error;
    }
    const records = out.Records ?? [];
    if (records.length > 0) {
      const result = await consume(records);
      const failed = result.batchItemFailures[0]?.itemIdentifier;
      if (failed) {
        // Retry from the failed record on the next tick, as Lambda's event source does.
        const retry = await client.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shardId,
            ShardIteratorType: 'AT_SEQUENCE_NUMBER',
            SequenceNumber: failed,
          }),
        );
        iterators.set(shardId, retry.ShardIterator ?? null);
        return records.length;
      }
    }
    iterators.set(shardId, out.NextShardIterator ?? null);
    return records.length;
  }

  async function readAll(): Promise<number> {
    await discoverShards();
    let count = 0;
    for (const [shardId, iterator] of iterators) {
      if (iterator) count += await pollShard(shardId, iterator);
    }
    return count;
  }

  async function tick() {
    await readAll();
  }

  async function drainAll() {
    while ((await readAll()) > 0);
  }

  function enqueue(task: () => Promise<void>): Promise<void> {
    chain = chain
      .then(task)
      .catch((error: unknown) => logger.error('stream poll failed', { error }));
    return chain;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void enqueue(tick).finally(schedule), intervalMs);
  }

  const discovered = enqueue(discoverShards);
  void discovered.then(schedule);

  return {
    ready: () => discovered,
    drain: () => enqueue(drainAll),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
    },
  };
}
