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
 * A council's audit trail, newest first. The days are a range of the sort key (items sort
 * by time); who and what filter the pages read, so a page may be short yet have a next one.
 */
export async function listAudit(
  store: Store,
  laCode: string,
  { limit, cursor, ...filters }: { limit: number; cursor?: string | undefined } & AuditFilters,
): Promise<Page<AuditEntry>> {
  const pk = councilPk(laCode);
  // `~` sorts after every character of a time, so `to`'s whole day is inside.
  const low = `${keys.auditPrefix}${filters.from ?? ''}`;
  const high = `${keys.auditPrefix}${filters.to ?? '9999-12-31'}~`;
  const binding: CursorBinding = {
    scope: 'audit',
    pk,
    range: { sk: { prefix: keys.auditPrefix } },
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
  const out = await store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
      ExpressionAttributeValues: values,
      ...(parts.length > 0
        ? { FilterExpression: parts.join(' AND '), ExpressionAttributeNames: names }
        : {}),
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, binding),
    }),
  );
  return {
    items: ((out.Items ?? []) as AuditEntry[]).map(
      ({ at, actor, action, entity, before, after }) => ({
        at,
        actor,
        action,
        entity,
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
      }),
    ),
    nextCursor: encodeCursor(out.LastEvaluatedKey, binding),
  };
}
