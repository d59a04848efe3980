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
  /** The lane of work it was made in (`captureCalls`' `laneOf`), if any. */
  lane?: string;
}

type Item = Record<string, unknown>;
type Wave = Call[];

/**
 * Records the DynamoDB calls a piece of work makes, with their inputs and when each
 * started and ended, so the very same calls can be sent again raw (`replayCalls`).
 */
export function captureCalls(db: Db, { laneOf }: { laneOf?: () => string | undefined } = {}) {
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
        ...(laneOf?.() === undefined ? {} : { lane: laneOf()! }),
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
    waves: (): Wave[] => wavesOf(calls),
    /**
     * The calls made outside any lane, in waves, and each lane's calls in waves of their
     * own: lanes that ran side by side do not merge into one wave.
     */
    lanes: (): { shared: Wave[]; lanes: Wave[][] } => {
      const byLane = new Map<string, Call[]>();
      for (const call of calls)
        if (call.lane !== undefined)
          byLane.set(call.lane, [...(byLane.get(call.lane) ?? []), call]);
      return {
        shared: wavesOf(calls.filter((call) => call.lane === undefined)),
        lanes: [...byLane.values()].map(wavesOf),
      };
    },
    calls: (): readonly Call[] => calls,
    stop: () => db.middlewareStack.remove(name),
  };
}

function wavesOf(calls: Call[]): Wave[] {
  const waves: Wave[] = [];
  let waveEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.start - b.start)) {
    if (call.start >= waveEnd) waves.push([]);
    waveEnd = call.start >= waveEnd ? call.end : Math.max(waveEnd, call.end);
    waves.at(-1)!.push(call);
  }
  return waves;
}

/**
 * `replayCalls` for work done in lanes side by side: the shared waves first, then the
 * lanes, `atOnce` at a time, each lane's waves one after another.
 */
export function replayLanes(
  db: Db,
  { shared, lanes }: { shared: Wave[]; lanes: Wave[][] },
  atOnce: number,
): () => Promise<void> {
  return async () => {
    const fresh: Fresh = { prefix: `BENCH#REPLAY#LANES#${replays++}`, written: new Set() };
    for (const wave of shared) await Promise.all(wave.map((call) => send(db, call, fresh)));
    let next = 0;
    const work = async () => {
      for (let lane = lanes[next++]; lane; lane = lanes[next++])
        for (const wave of lane) await Promise.all(wave.map((call) => send(db, call, fresh)));
    };
    await Promise.all(Array.from({ length: Math.min(atOnce, lanes.length) }, work));
  };
}

/** Replays so far, in this process: each writes under a fresh partition of its own. */
let replays = 0;

const WRITES: ReadonlySet<string> = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

/**
 * Only the writes of captured lanes, in the waves they were sent in (a wave of reads
 * alone is dropped): what the work wrote, without what it read to decide it.
 */
export function writesOnly({ shared, lanes }: { shared: Wave[]; lanes: Wave[][] }): {
  shared: Wave[];
  lanes: Wave[][];
} {
  const writes = (waves: Wave[]) =>
    waves
      .map((wave) => wave.filter((call) => WRITES.has(call.command)))
      .filter((wave) => wave.length > 0);
  return { shared: writes(shared), lanes: lanes.map(writes) };
}

/**
 * The same calls sent straight through the SDK, wave after wave, each wave's calls in
 * parallel. Reads are sent as they were. Writes put the very same items (same bytes,
 * same index attributes, a condition each) under a fresh partition every time, so they
 * can be repeated without colliding with the product's items or with each other.
 */
export function replayCalls(db: Db, waves: Wave[]): () => Promise<void> {
  return async () => {
    const fresh: Fresh = { prefix: `BENCH#REPLAY#${replays++}`, written: new Set() };
    for (const wave of waves) await Promise.all(wave.map((call) => send(db, call, fresh)));
  };
}

function send(db: Db, call: Call, fresh: Fresh): Promise<unknown> {
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

function freshTransaction(input: Item, fresh: Fresh): TransactWriteCommandInput {
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

/** One replay's fresh partition, and the items it has written so far. */
interface Fresh {
  prefix: string;
  written: Set<string>;
}

/** A partition key, or an index's partition key, moved under the fresh partition. */
const moved = (value: unknown, fresh: Fresh) => `${fresh.prefix}#${String(value)}`;

/**
 * The condition that holds on the fresh key: no item yet, or, for an item this replay
 * wrote before (a claim later marked finished), that item.
 */
function freshCondition(key: Item, fresh: Fresh): string {
  const id = JSON.stringify([key.pk, key.sk]);
  const before = fresh.written.has(id);
  fresh.written.add(id);
  return before ? 'attribute_exists(pk)' : 'attribute_not_exists(pk)';
}

function freshPut(put: Item, fresh: Fresh): Item {
  const item = { ...(put.Item as Item) };
  for (const attribute of ['pk', 'gsi1pk', 'gsi2pk'])
    if (attribute in item) item[attribute] = moved(item[attribute], fresh);
  return {
    TableName: put.TableName,
    Item: item,
    // The product's condition (a version, or no item yet) becomes the one that holds
    // on a fresh key: each write is still checked before it is made.
    ConditionExpression: freshCondition(item, fresh),
  };
}

function freshUpdate(update: Item, fresh: Fresh): Item {
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
    ConditionExpression: freshCondition(key, fresh),
    ...(used(ExpressionAttributeNames)
      ? { ExpressionAttributeNames: used(ExpressionAttributeNames) }
      : {}),
    ...(used(ExpressionAttributeValues)
      ? { ExpressionAttributeValues: used(ExpressionAttributeValues) }
      : {}),
  };
}
