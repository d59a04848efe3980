import type { Store } from '../../../shared/data/client';
import { getCouncil } from '../../../shared/data/councils/get-council';
import { NotFoundError } from '../../../shared/domain';
import type { Council } from '../../../shared/schemas/council';

/** The council, or NotFoundError: a scorecard needs its council, not an agreement. */
export async function councilOrNotFound(store: Store, laCode: string): Promise<Council> {
  const council = await getCouncil(store, laCode);
  if (!council) throw new NotFoundError('The council');
  return council;
}
