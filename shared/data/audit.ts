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

export async function listAudit(
  store: Store,
  laCode: string,
  { limit, cursor }: { limit: number; cursor?: string },
): Promise<Page<AuditEntry>> {
  const pk = councilPk(laCode);
  const binding: CursorBinding = {
    scope: 'audit',
    pk,
    range: { sk: { prefix: keys.auditPrefix } },
  };
  const out = await store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.auditPrefix },
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
