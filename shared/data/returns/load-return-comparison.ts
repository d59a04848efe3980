import type { Agreement } from '../../schemas/agreement';
import type { Council } from '../../schemas/council';
import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { toCouncil } from '../councils/to-council';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import { listReturns } from './list-returns';
import { readReturnFigures, type SubmittedFigures } from './return-figures';

export interface ComparedCouncil {
  council: Council;
  agreement: Agreement | undefined;
  /** Its submitted returns, in no particular order. */
  returns: SubmittedFigures[];
}

/**
 * What a comparison of return measures needs of each council: the council, its agreement
 * (the plan and baseline) and its submitted returns' figures. Each council's three items
 * are read in one BatchGetItem for all the councils (20 councils are 60 keys: one call),
 * so the calls do not grow with the councils compared or their periods. A council made
 * before figures were kept has its returns read instead (one query for each such council).
 * Councils that do not exist are left out.
 */
export async function loadReturnComparison(
  store: Store,
  laCodes: readonly string[],
): Promise<ComparedCouncil[]> {
  const found = await batchGet(
    store,
    laCodes.flatMap((laCode) => [
      keys.council(laCode),
      keys.agreement(laCode),
      keys.returnFigures(laCode),
    ]),
  );
  const compared = laCodes.filter((laCode) => found.has(itemId(keys.council(laCode))));
  return Promise.all(
    compared.map(async (laCode) => {
      const agreement = found.get(itemId(keys.agreement(laCode)));
      const kept = found.get(itemId(keys.returnFigures(laCode)));
      const read = kept && readReturnFigures(kept);
      return {
        council: toCouncil(found.get(itemId(keys.council(laCode)))!),
        agreement: agreement && stripKeys<Agreement>(agreement),
        returns: read?.complete ? read.returns : await submittedReturns(store, laCode),
      };
    }),
  );
}

/** A council's submitted returns read from the returns themselves. */
async function submittedReturns(store: Store, laCode: string): Promise<SubmittedFigures[]> {
  return (await listReturns(store, laCode)).flatMap(({ period, submittedAt, content }) =>
    submittedAt ? [{ period, submittedAt, content }] : [],
  );
}
