import type { Store } from '../../../shared/data/client';
import { getCouncil } from '../../../shared/data/councils/get-council';
import { NotFoundError } from '../../../shared/domain';

/** Reform plans and stability grants belong to every council, Safety Valve or not. */
export async function requireExistingCouncil(store: Store, laCode: string): Promise<void> {
  if (!(await getCouncil(store, laCode))) throw new NotFoundError('The council');
}
