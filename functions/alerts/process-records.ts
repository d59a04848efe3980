import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import type { Change, ChangeHandler } from './change';

/** A change record as both Lambda's DynamoDB event and the Streams API deliver it. */
export interface ChangeRecord {
  eventID?: string;
  /** `INSERT`, `MODIFY` or `REMOVE`; both sources type it as a plain string. */
  eventName?: string;
  dynamodb?: {
    SequenceNumber?: string;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
  };
}

export interface BatchResult {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * Runs the alert rules over a batch of table changes. Each record is handled on its
 * own: a failure is reported for that record (so only it is retried) and the rest go on.
 * Delivery is at least once, so every handler must be idempotent.
 */
export async function processRecords(
  records: ChangeRecord[],
  deps: AlertingDeps,
  handlers: Record<string, ChangeHandler>,
): Promise<BatchResult> {
  const batchItemFailures: BatchResult['batchItemFailures'] = [];
  for (const record of records) {
    let change: Change | undefined;
    try {
      change = toChange(record);
      const handler = change && handlers[change.type];
      if (!change || !handler) continue;
      await handler(change, deps);
    } catch (error) {
      deps.logger.error('alert rules failed for a change', {
        error,
        eventId: record.eventID,
        type: change?.type,
      });
      batchItemFailures.push({
        itemIdentifier: record.dynamodb?.SequenceNumber ?? record.eventID ?? '',
      });
      // Later records of the same item must not overtake the failed one.
      break;
    }
  }
  return { batchItemFailures };
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
