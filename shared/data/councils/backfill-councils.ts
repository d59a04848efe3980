import { backfillAgreementSummary } from '../agreements/backfill-agreement-summary';
import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { queryCollection } from '../query-collection';
import { backfillReturnFigures } from '../returns/backfill-return-figures';
import { backfillReturnStates } from '../returns/backfill-return-states';
import { statesOfThisShape } from '../returns/return-states-kept';

export interface CouncilsBackfill {
  /** Councils in the table. */
  councils: number;
  /** By kind, the councils that lacked it: brought onto it now, or to bring on a dry run. */
  lacking: {
    /** No complete figures item (`keys.returnFigures` with `keptSince`). */
    returnFigures: string[];
    /**
     * No marker that every return has its state item (`keys.returnStatesKept`), or one
     * of state items of an older shape.
     */
    returnStates: string[];
    /** No `agreementSummarySince` on the council's item. */
    agreementSummaries: string[];
  };
}

/**
 * Brings every council created before the small items the everyday pages read onto
 * them: its figures item (backfillReturnFigures), its returns' state items and their
 * marker (backfillReturnStates), its agreement's summary and `agreementSummarySince`
 * (backfillAgreementSummary), one council at a time. Finding the councils that lack one
 * costs the pages of the `COUNCILS` collection and one BatchGetItem per 50 councils,
 * never a scan, so running it again, or on every start of the local runner, is cheap.
 * `dryRun` only says which councils lack what.
 */
export async function backfillCouncils(
  store: Store,
  now: Date,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<CouncilsBackfill> {
  const councils = await queryCollection<{ laCode: string; agreementSummarySince?: string }>(
    store,
    collections.councils,
    ['laCode', 'agreementSummarySince'],
  );
  const laCodes = councils.map((council) => council.laCode);
  const items = await batchGet(
    store,
    laCodes.flatMap((laCode) => [keys.returnFigures(laCode), keys.returnStatesKept(laCode)]),
    'pk, sk, keptSince, stateShape',
  );
  const lacking = {
    returnFigures: laCodes.filter(
      (laCode) => typeof items.get(itemId(keys.returnFigures(laCode)))?.keptSince !== 'string',
    ),
    returnStates: laCodes.filter(
      (laCode) => !statesOfThisShape(items.get(itemId(keys.returnStatesKept(laCode)))),
    ),
    agreementSummaries: councils
      .filter((council) => council.agreementSummarySince === undefined)
      .map((council) => council.laCode),
  };
  if (!dryRun) {
    for (const laCode of lacking.returnFigures) await backfillReturnFigures(store, laCode, now);
    for (const laCode of lacking.returnStates) await backfillReturnStates(store, laCode, now);
    for (const laCode of lacking.agreementSummaries)
      await backfillAgreementSummary(store, laCode, now);
  }
  return { councils: laCodes.length, lacking };
}
