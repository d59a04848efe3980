import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../shared/data/client';

/** One DynamoDB call a request made: the client command's name and its document input. */
interface Call {
  command: string;
  input: Record<string, unknown>;
  start: number;
  end: number;
}

type Item = Record<string, unknown>;
type Wave = Call[];

/**
 * Records the DynamoDB calls a piece of work makes, with their inputs and when each
 * started and ended, so the very same calls can be sent again raw (`replayCalls`).
 */
export function captureCalls(db: Db) {
  const calls: Call[] = [];
  const name = `capture-calls-${Math.random()}`;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const call: Call = {
        command: context.commandName ?? '',
        // The document client's input, before it is marshalled; copied because the
        // caller's objects may change after the call.
        input: structuredClone(args.input as Record<string, unknown>),
        start: performance.now(),
        end: 0,
      };
      try {
        return await next(args);
      } finally {
        call.end = performance.now();
        calls.push(call);
      }
    },
    { step: 'initialize', name },
  );
  return {
    reset: () => calls.splice(0),
    /** The calls in waves: calls that overlapped were sent together, in parallel. */
    waves: (): Wave[] => {
      const waves: Wave[] = [];
      let waveEnd = -Infinity;
      for (const call of [...calls].sort((a, b) => a.start - b.start)) {
        if (call.start >= waveEnd) waves.push([]);
        waveEnd = call.start >= waveEnd ? call.end : Math.max(waveEnd, call.end);
        waves.at(-1)!.push(call);
      }
      return waves;
    },
    stop: () => db.middlewareStack.remove(name),
  };
}

/**
 * The same calls sent straight through the SDK, wave after wave, each wave's calls in
 * parallel. Reads are sent as they were. Writes put the very same items (same bytes,
 * same index attributes, a condition each) under a fresh partition every time, so they
 * can be repeated without colliding with the product's items or with each other.
 */
export function replayCalls(db: Db, waves: Wave[]): () => Promise<void> {
  let replays = 0;
  return async () => {
    const fresh = `BENCH#REPLAY#${replays++}`;
    for (const wave of waves) await Promise.all(wave.map((call) => send(db, call, fresh)));
  };
}

function send(db: Db, call: Call, fresh: string): Promise<unknown> {
  const input = call.input;
  switch (call.command) {
    case 'GetItemCommand':
      return db.send(new GetCommand(input as never));
    case 'QueryCommand':
      return db.send(new QueryCommand(input as never));
    case 'BatchGetItemCommand':
      return db.send(new BatchGetCommand(input as never));
    case 'TransactGetItemsCommand':
      return db.send(new TransactGetCommand(input as never));
    case 'PutItemCommand':
      return db.send(new PutCommand(freshPut(input, fresh) as never));
    case 'UpdateItemCommand':
      return db.send(new UpdateCommand(freshUpdate(input, fresh) as never));
    case 'TransactWriteItemsCommand':
      return db.send(new TransactWriteCommand(freshTransaction(input, fresh)));
    default:
      throw new Error(`replayCalls cannot replay ${call.command} yet`);
  }
}

function freshTransaction(input: Item, fresh: string): TransactWriteCommandInput {
  const items = (input as TransactWriteCommandInput).TransactItems ?? [];
  return {
    TransactItems: items.map((item) => {
      if (item.Put) return { Put: freshPut(item.Put, fresh) as never };
      if (item.Update) return { Update: freshUpdate(item.Update, fresh) as never };
      if (item.ConditionCheck)
        return { ConditionCheck: freshUpdate(item.ConditionCheck, fresh) as never };
      if (item.Delete) return { Delete: freshUpdate(item.Delete, fresh) as never };
      throw new Error('replayCalls cannot replay this transaction item');
    }),
  };
}

/** A partition key, or an index's partition key, moved under the fresh partition. */
const moved = (value: unknown, fresh: string) => `${fresh}#${String(value)}`;

function freshPut(put: Item, fresh: string): Item {
  const item = { ...(put.Item as Item) };
  for (const attribute of ['pk', 'gsi1pk', 'gsi2pk'])
    if (attribute in item) item[attribute] = moved(item[attribute], fresh);
  return {
    TableName: put.TableName,
    Item: item,
    // The product's condition (a version, or no item yet) becomes the one that holds
    // on a fresh key: each write is still checked before it is made.
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}

function freshUpdate(update: Item, fresh: string): Item {
  const key = { ...(update.Key as Item), pk: moved((update.Key as Item).pk, fresh) };
  const expression = update.UpdateExpression as string | undefined;
  const { ExpressionAttributeNames, ExpressionAttributeValues } = update as {
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  };
  // Only what the update expression uses may stay: DynamoDB refuses unused names and values.
  const used = <T>(entries: Record<string, T> | undefined) => {
    const kept = Object.entries(entries ?? {}).filter(([token]) =>
      new RegExp(`${token}(?!\\w)`).test(expression ?? ''),
    );
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  };
  return {
    TableName: update.TableName,
    Key: key,
    ...(expression ? { UpdateExpression: expression } : {}),
    ConditionExpression: 'attribute_not_exists(pk)',
    ...(used(ExpressionAttributeNames)
      ? { ExpressionAttributeNames: used(ExpressionAttributeNames) }
      : {}),
    ...(used(ExpressionAttributeValues)
      ? { ExpressionAttributeValues: used(ExpressionAttributeValues) }
      : {}),
  };
}
