import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AllAlertsQuery, Alert } from '../../schemas/alert';
import type { Store } from '../client';
import { decodeCursor, encodeCursor, type CursorBinding, type Page } from '../cursor';
import { collections, councilPk, keys } from '../keys';
import { stripKeys } from '../strip-keys';
import { GSI } from '../table';
import { toAlert, type AlertRecord } from './alert-record';

type Filters = Pick<AllAlertsQuery, 'status' | 'severity' | 'rule'> & {
  limit: number;
  cursor?: string;
};

/** The filters a cursor is bound to: a page read under others starts elsewhere. */
function filterOf({ status, severity, rule }: Filters) {
  return { status, severity, rule };
}

/** Severity and rule are filters on the page read; an empty page may still have a next one. */
function filterExpression(filters: Filters) {
  const parts: string[] = [];
  const values: Record<string, string> = {};
  if (filters.severity) {
    parts.push('severity = :severity');
    values[':severity'] = filters.severity;
  }
  if (filters.rule) {
    parts.push('#rule = :rule');
    values[':rule'] = filters.rule;
  }
  return { parts, values };
}

/** A council's alerts, newest first. */
export async function listCouncilAlerts(
  store: Store,
  laCode: string,
  filters: Filters,
): Promise<Page<Alert>> {
  const pk = councilPk(laCode);
  const binding: CursorBinding = {
    scope: 'council-alerts',
    pk,
    range: { sk: { prefix: keys.alertPrefix } },
    filter: filterOf(filters),
  };
  const { parts, values } = filterExpression(filters);
  if (filters.status) {
    parts.push('#status = :status');
    values[':status'] = filters.status;
  }
  const out = await store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ...(parts.length > 0 ? { FilterExpression: parts.join(' AND ') } : {}),
      ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.alertPrefix, ...values },
      ...names({ rule: filters.rule, status: filters.status }),
      ScanIndexForward: false,
      Limit: filters.limit,
      ExclusiveStartKey: decodeCursor(filters.cursor, binding),
    }),
  );
  return {
    items: (out.Items ?? []).map((item) => toAlert(stripKeys<AlertRecord>(item))),
    nextCursor: encodeCursor(out.LastEvaluatedKey, binding),
  };
}

/**
 * Every council's alerts from the status index, most recently changed first: never a scan.
 * Narrowed to one council, they are read from that council's own partition (newest first,
 * as its own listing gives them), not filtered out of every council's.
 */
export async function listAllAlerts(
  store: Store,
  { laCode, ...filters }: Filters & { laCode?: string | undefined },
): Promise<Page<Alert>> {
  if (laCode) return listCouncilAlerts(store, laCode, filters);
  const binding: CursorBinding = {
    scope: 'alerts',
    index: 'gsi2',
    range: {
      gsi2pk: { equals: collections.alerts },
      gsi2sk: { prefix: filters.status ? `${filters.status}#` : '' },
      pk: { prefix: councilPk('') },
      sk: { prefix: keys.alertPrefix },
    },
    filter: filterOf(filters),
  };
  const { parts, values } = filterExpression(filters);
  const out = await store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      IndexName: GSI.byStatus.indexName,
      KeyConditionExpression: filters.status
        ? 'gsi2pk = :c AND begins_with(gsi2sk, :status)'
        : 'gsi2pk = :c',
      ...(parts.length > 0 ? { FilterExpression: parts.join(' AND ') } : {}),
      ExpressionAttributeValues: {
        ':c': collections.alerts,
        ...(filters.status ? { ':status': `${filters.status}#` } : {}),
        ...values,
      },
      ...names({ rule: filters.rule }),
      ScanIndexForward: false,
      Limit: filters.limit,
      ExclusiveStartKey: decodeCursor(filters.cursor, binding),
    }),
  );
  return {
    items: (out.Items ?? []).map((item) => toAlert(stripKeys<AlertRecord>(item))),
    nextCursor: encodeCursor(out.LastEvaluatedKey, binding),
  };
}

function names(filters: Pick<Filters, 'rule' | 'status'>) {
  const map: Record<string, string> = {};
  if (filters.rule) map['#rule'] = 'rule';
  if (filters.status) map['#status'] = 'status';
  return Object.keys(map).length > 0 ? { ExpressionAttributeNames: map } : {};
}
