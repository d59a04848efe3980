import type { Council } from '../../shared/schemas/council';
import type { Agreement } from '../../shared/schemas/agreement';
import type { Store } from '../../shared/data/client';
import { getCouncil } from '../../shared/data/councils/get-council';
import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { NotFoundError } from '../../shared/domain';

/** The council; NotFoundError when there is none with this LA code. */
export async function requireCouncil(store: Store, laCode: string): Promise<Council> {
  const council = await getCouncil(store, laCode);
  if (!council) throw new NotFoundError('The council');
  return council;
}

/** The council's current agreement; NotFoundError when the council has none yet. */
export async function requireAgreement(store: Store, laCode: string): Promise<Agreement> {
  const agreement = await getAgreement(store, laCode);
  if (!agreement) {
    await requireCouncil(store, laCode);
    throw new NotFoundError("The council's agreement");
  }
  return agreement;
}
