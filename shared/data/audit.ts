import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulidx';
import type { Actor as DomainActor, Role } from '../domain';
import type { Store } from './client';
import { councilPk, keys } from './keys';
import { decodeCursor, encodeCursor, type CursorBinding, type Page } from './cursor';

/** Who made a change: a user in their role, or the system. */
export type Actor = DomainActor<Role | 'system'>;

/** One change to a council's data: who, when, what, before and after. */
export interface AuditEntry {
  at: string;
  actor: Actor;
  action: string;
  entity: string;
  before?: unknown;
  after?: unknown;
}

export type AuditInput = Omit<AuditEntry, 'at'> & { laCode: string; at?: string };

/** The audit item to put in the same transaction as the change it records. */
export function auditItem(input: AuditInput, now: Date) {
  const { laCode, ...entry } = input;
  const at = entry.at ?? now.toISOString();
  return {
    ...keys.audit(laCode, at, ulid()),
    type: 'audit',
    laCode,
    ...entry,
    at,
  };
}

/** What the audit trail may be narrowed to: who (the actor's name, or `sub` where none), what, and when (UTC days). */
export interface AuditFilters {
  actor?: string | undefined;
  action?: string | undefined;
  /** First day, `YYYY-MM-DD`, included. */
  from?: string | undefined;
  /** Last day, `YYYY-MM-DD`, included. */
  to?: string | undefined;
}

/**
 * How much one request may read to fill a filtered page: `maxReads` queries of up to
 * `readSize` items each (DynamoDB also stops a query at 1 MB). Past that the page comes
 * back short, with a cursor where the reading stopped.
 */
export interface AuditReading {
  maxReads: number;
  readSize: number;
}

export const AUDIT_READING: AuditReading = { maxReads: 10, readSize: 100 };

/**
 * A council's audit trail, newest first. The days are a range of the sort key (items sort
 * by time); who and what filter the items each query reads, so a filtered page keeps
 * reading the partition until it holds `limit` entries and one more (which says there is
 * a next page), the trail ends, or `reading` is spent. The cursor is the last entry
 * returned, or where the reading stopped, so the next page starts exactly there; it is
 * given only when there may be more: on a spent reading, a page may still come back short.
 */
export async function listAudit(
  store: Store,
  laCode: string,
  { limit, cursor, ...filters }: { limit: number; cursor?: string | undefined } & AuditFilters,
  reading: AuditReading = AUDIT_READING,
): Promise<Page<AuditEntry>> {
  const pk = councilPk(laCode);
  // `~` sorts after every character of a time, so `to`'s whole day is inside.
  const low = `${keys.auditPrefix}${filters.from ?? ''}`;
  const high = `${keys.auditPrefix}${filters.to ?? '9999-12-31'}~`;
  const binding: CursorBinding = {
    scope: 'audit',
    pk,
    // The query's own key range: a cursor from elsewhere is refused, not sent to DynamoDB.
    range: { sk: { between: [low, high] } },
    filter: { actor: filters.actor, action: filters.action, from: filters.from, to: filters.to },
  };
  const parts: string[] = [];
  const values: Record<string, string> = { ':pk': pk, ':low': low, ':high': high };
  const names: Record<string, string> = {};
  if (filters.actor) {
    // People know each other by name; a change recorded without one is found by its sub.
    parts.push('(#actor.#name = :actor OR #actor.#sub = :actor)');
    values[':actor'] = filters.actor;
    names['#actor'] = 'actor';
    names['#name'] = 'name';
    names['#sub'] = 'sub';
  }
  if (filters.action) {
    parts.push('#action = :action');
    values[':action'] = filters.action;
    names['#action'] = 'action';
  }
  const filtered = parts.length > 0;
  const found: Record<string, unknown>[] = [];
  let start = decodeCursor(cursor, binding);
  for (let read = 0; read < reading.maxReads; read += 1) {
    const wanted = limit + 1 - found.length;
    const out = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
        ExpressionAttributeValues: values,
        ...(filtered
          ? { FilterExpression: parts.join(' AND '), ExpressionAttributeNames: names }
          : {}),
        ScanIndexForward: false,
        // Unfiltered, every item read is an entry; filtered, read more at a time.
        Limit: filtered ? Math.max(wanted, reading.readSize) : wanted,
        ExclusiveStartKey: start,
      }),
    );
    found.push(...(out.Items ?? []).slice(0, wanted));
    start = out.LastEvaluatedKey;
    if (found.length > limit || !start) break;
  }
  const items = found.slice(0, limit);
  const last = items.at(-1);
  // One more entry found: the next page starts after the last one returned. Otherwise
  // every item up to where the reading stopped was returned or did not match.
  const next = found.length > limit && last ? { pk: last.pk, sk: last.sk } : start;
  return {
    items: (items as unknown as AuditEntry[]).map(
      ({ at, actor, action, entity, before, after }) => ({
        at,
        actor,
        action,
        entity,
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
      }),
    ),
    nextCursor: encodeCursor(next, binding),
  };
}
