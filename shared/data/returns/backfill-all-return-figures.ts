import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { listCouncils } from '../councils/list-councils';
import { keys } from '../keys';
import { backfillReturnFigures } from './backfill-return-figures';

export interface FiguresBackfill {
  /** Councils in the table. */
  councils: number;
  /** Those whose figures item was not complete: built now, or to build on a dry run. */
  lacking: string[];
}

/**
 * Builds the figures item of every council that has no complete one
 * (backfillReturnFigures), one council at a time. Finding them costs one page of the
 * `COUNCILS` collection and one BatchGetItem per 100 councils, so running it again, or
 * on every start of the local runner, is cheap. `dryRun` only says which councils lack one.
 */
export async function backfillAllReturnFigures(
  store: Store,
  now: Date,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<FiguresBackfill> {
  const laCodes: string[] = [];
  let cursor: string | undefined;
  // Pages of the collection index, as the councils list reads it: never a scan.
  do {
    const page = await listCouncils(store, { limit: 1000, cursor });
    laCodes.push(...page.items.map((council) => council.laCode));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const items = await batchGet(store, laCodes.map(keys.returnFigures), 'pk, sk, keptSince');
  const lacking = laCodes.filter(
    (laCode) => typeof items.get(itemId(keys.returnFigures(laCode)))?.keptSince !== 'string',
  );
  if (!dryRun) for (const laCode of lacking) await backfillReturnFigures(store, laCode, now);
  return { councils: laCodes.length, lacking };
}
