import type { Store } from '../../../shared/data/client';
import { listReturns } from '../../../shared/data/returns/list-returns';
import { ConflictError, inconsistentReturns, type ReportingTerm } from '../../../shared/domain';

/**
 * Refuses (409, naming the periods) a version of an agreement that would leave submitted
 * returns outside its term or cadence: those returns are history DfE has read.
 */
export async function refuseInconsistentReturns(
  store: Store,
  laCode: string,
  next: ReportingTerm,
): Promise<void> {
  const returns = await listReturns(store, laCode);
  const errors = inconsistentReturns(next, returns);
  if (errors.length === 0) return;
  const periods = errors.map((e) => e.path.slice('returns.'.length));
  throw new ConflictError(
    `The new version would leave submitted returns outside the agreement: ${periods.join(', ')}.`,
    errors,
  );
}
