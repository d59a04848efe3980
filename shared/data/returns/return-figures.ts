import type { ReturnDraft } from '../../schemas/return-content';
import type { Store } from '../client';
import { keys } from '../keys';
import type { TransactItem } from '../transact';
import type { ReturnRecord } from './return-record';

/** Each period's figures are the attribute `P#<period>` of the council's figures item. */
const PERIOD_PREFIX = 'P#';

/** A submitted return as a comparison reads it: its period, submission and figures. */
export interface SubmittedFigures {
  period: string;
  submittedAt: string;
  content: Pick<ReturnDraft, 'finance' | 'demand' | 'placements'>;
}

/**
 * The council's figures item as a new council starts it: `keptSince` says that every
 * return change since the council was created is in it. An item without it was started
 * by a return change of a council created before figures were kept, so it may lack the
 * earlier returns (readers then read the returns themselves).
 */
export function returnFiguresItem(laCode: string, at: string) {
  return { ...keys.returnFigures(laCode), type: 'return-figures', laCode, keptSince: at };
}

/**
 * The update of the figures item for a return's change, in the change's transaction: the
 * period's figures while the return has been submitted (as a comparison reads it: its
 * content now), none otherwise. Only the three numeric sections are kept, so the item
 * stays small with years of periods.
 */
export function returnFiguresUpdate(store: Store, next: ReturnRecord): TransactItem {
  const names = {
    '#period': `${PERIOD_PREFIX}${next.period}`,
    '#type': 'type',
    '#changes': 'changes',
  };
  // Either way the item says what it is, even when this update is what creates it, and
  // counts the change, so a backfill that read it before can tell it moved on.
  const identity = { ':type': 'return-figures', ':laCode': next.laCode, ':one': 1 };
  if (!next.submittedAt) {
    return {
      Update: {
        TableName: store.tableName,
        Key: keys.returnFigures(next.laCode),
        UpdateExpression: 'SET #type = :type, laCode = :laCode REMOVE #period ADD #changes :one',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: identity,
      },
    };
  }
  const { finance, demand, placements } = next.content;
  return {
    Update: {
      TableName: store.tableName,
      Key: keys.returnFigures(next.laCode),
      UpdateExpression: 'SET #period = :figures, #type = :type, laCode = :laCode ADD #changes :one',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: {
        ':figures': { submittedAt: next.submittedAt, content: { finance, demand, placements } },
        ...identity,
      },
    },
  };
}

/**
 * Whether a return's change changes what its figures item holds for it: its submission,
 * or the figures of a submitted return. A return never submitted has none, and a review
 * (which changes neither) leaves the item alone, so a reviewer writes nothing but the
 * return's own items (infra/constructs/tenant-access.ts allows them no other attributes).
 */
export function figuresChange(previous: ReturnRecord | undefined, next: ReturnRecord): boolean {
  if ((previous?.submittedAt ?? null) !== (next.submittedAt ?? null)) return true;
  if (!next.submittedAt) return false;
  const figures = ({ content }: ReturnRecord) =>
    JSON.stringify([content.finance, content.demand, content.placements]);
  return figures(previous!) !== figures(next);
}

/**
 * The figures item of a council whose item was not kept from its start, built from its
 * submitted returns as they stand (backfill-return-figures.ts): complete from `keptSince`,
 * the time it was built, and keeping the count of changes it was built over.
 */
export function backfilledFiguresItem(
  laCode: string,
  returns: readonly ReturnRecord[],
  changes: number | undefined,
  at: string,
): Record<string, unknown> {
  const periods = returns.flatMap(({ period, submittedAt, content }) => {
    if (!submittedAt) return [];
    const { finance, demand, placements } = content;
    const figures: Omit<SubmittedFigures, 'period'> = {
      submittedAt,
      content: { finance, demand, placements },
    };
    return [[`${PERIOD_PREFIX}${period}`, figures] as const];
  });
  return {
    ...returnFiguresItem(laCode, at),
    ...(changes === undefined ? {} : { changes }),
    ...Object.fromEntries(periods),
  };
}

/** The submitted returns of a figures item, and whether it holds all of them. */
export function readReturnFigures(item: Record<string, unknown>): {
  complete: boolean;
  returns: SubmittedFigures[];
} {
  const returns = Object.entries(item)
    .filter(([name]) => name.startsWith(PERIOD_PREFIX))
    .map(([name, value]) => ({
      period: name.slice(PERIOD_PREFIX.length),
      ...(value as Omit<SubmittedFigures, 'period'>),
    }));
  return { complete: typeof item.keptSince === 'string', returns };
}
