import { keys } from '../keys';

/** The type of the item that says every return of its council has a state item. */
export const STATES_KEPT = 'return-states-kept';

/**
 * The item a new council starts with (`keys.returnStatesKept`): every return it will have
 * has a state item (written in each return change's transaction), so its returns are
 * listed from those small items. A council without it may have returns from before state
 * items were written.
 */
export function returnStatesKeptItem(laCode: string, at: string) {
  return { ...keys.returnStatesKept(laCode), type: STATES_KEPT, laCode, keptSince: at };
}
