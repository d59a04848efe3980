import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { createBatchReads } from '../../shared/data/batch-reads';
import { councilPk } from '../../shared/data/keys';
import type { Change, ChangeHandler } from './change';

/** A change record as both Lambda's DynamoDB event and the Streams API deliver it. */
export interface ChangeRecord {
  eventID?: string;
  /** `INSERT`, `MODIFY` or `REMOVE`; both sources type it as a plain string. */
  eventName?: string;
  dynamodb?: {
    SequenceNumber?: string;
    Keys?: Record<string, AttributeValue>;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
  };
}

export interface BatchResult {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * How many councils' records are handled at once. Each council's records are handled one
 * after another, in the stream's order; councils share nothing the rules write.
 */
export const COUNCILS_AT_ONCE = 16;

/**
 * Runs the alert rules over a batch of table changes. The records of one council (its
 * partition) are handled in order, different councils' concurrently; facts the rules
 * read are read once per batch (`createBatchReads`). A failed record and every later one
 * of its council are reported, in the batch's order, so Lambda (and the local poller)
 * retry from the first failure: records after it that did succeed are retried too, which
 * idempotent handlers allow, and no record is ever reported handled that was not.
 */
export async function processRecords(
  records: ChangeRecord[],
  deps: AlertingDeps,
  handlers: Record<string, ChangeHandler>,
  { councilsAtOnce = COUNCILS_AT_ONCE }: { councilsAtOnce?: number } = {},
): Promise<BatchResult> {
  const batchDeps: AlertingDeps = { ...deps, reads: createBatchReads() };
  await readAhead(records, batchDeps, handlers);
  const failed = new Set<number>();
  const groups = [...groupByPartition(records).values()];
  let next = 0;
  async function work() {
    for (let group = groups[next++]; group; group = groups[next++]) {
      const firstFailure = await handleInOrder(group, records, batchDeps, handlers);
      for (const index of group.slice(firstFailure)) failed.add(index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(councilsAtOnce, groups.length) }, work));
  return {
    batchItemFailures: [...failed]
      .sort((a, b) => a - b)
      .map((index) => ({ itemIdentifier: identifierOf(records[index]!) })),
  };
}

/**
 * Lets each handler read ahead what all its changes in the batch need, at once. A record
 * that cannot be read, or a read ahead that fails, is left to its handler (and logged).
 */
async function readAhead(
  records: ChangeRecord[],
  deps: AlertingDeps,
  handlers: Record<string, ChangeHandler>,
): Promise<void> {
  const byType = new Map<string, Change[]>();
  for (const record of records) {
    try {
      const change = toChange(record);
      if (change) byType.set(change.type, [...(byType.get(change.type) ?? []), change]);
    } catch {
      // Reported by handleInOrder.
    }
  }
  await Promise.all(
    [...byType].map(async ([type, changes]) => {
      try {
        await handlers[type]?.readAhead?.(changes, deps);
      } catch (error) {
        deps.logger.warn('reading ahead for a batch failed; each change reads its own', {
          error,
          type,
        });
      }
    }),
  );
}

/** Handles a group's records in order; the position of its first failure (its length if none). */
async function handleInOrder(
  group: number[],
  records: ChangeRecord[],
  deps: AlertingDeps,
  handlers: Record<string, ChangeHandler>,
): Promise<number> {
  for (const [position, index] of group.entries()) {
    const record = records[index]!;
    let change: Change | undefined;
    try {
      change = toChange(record);
      const handler = change && handlers[change.type];
      if (change && handler) await handler(change, deps);
    } catch (error) {
      deps.logger.error('alert rules failed for a change', {
        error,
        eventId: record.eventID,
        type: change?.type,
      });
      return position;
    }
  }
  return group.length;
}

/**
 * The records' positions by partition (from the keys, or the council the item names), in
 * the batch's order; a record that names neither is a group of its own.
 */
function groupByPartition(records: ChangeRecord[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  records.forEach((record, index) => {
    const image = record.dynamodb;
    const laCode = (image?.NewImage ?? image?.OldImage)?.laCode?.S;
    const pk =
      (image?.Keys ?? image?.NewImage ?? image?.OldImage)?.pk?.S ??
      (laCode === undefined ? undefined : councilPk(laCode));
    const key = pk ?? `record ${index}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return groups;
}

function identifierOf(record: ChangeRecord): string {
  return record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
}

function toChange(record: ChangeRecord): Change | undefined {
  const image = record.dynamodb;
  const after = image?.NewImage ? unmarshall(typed(image.NewImage)) : undefined;
  const before = image?.OldImage ? unmarshall(typed(image.OldImage)) : undefined;
  const type = (after?.type ?? before?.type) as string | undefined;
  if (!type) return undefined;
  return { type, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/**
 * DynamoDB Local's stream writes an empty map as `{}` with no type; AWS writes `{M: {}}`.
 * Give such values their type so unmarshalling reads both alike.
 */
function typed(image: Record<string, AttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(image).map(([name, value]) => [name, typedValue(value)]),
  );
}

function typedValue(value: AttributeValue): AttributeValue {
  if (Object.keys(value).length === 0) return { M: {} };
  if (value.M) return { M: typed(value.M) };
  if (value.L) return { L: value.L.map(typedValue) };
  return value;
}
