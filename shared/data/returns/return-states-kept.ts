import { keys } from '../keys';

/** The type of the item that says every return of its council has a state item. */
export const STATES_KEPT = 'return-states-kept';

/**
 * The shape of the state items this release writes, kept on the marker so the backfill
 * finds councils whose state items are older without reading them: 2 keeps each return's
 * mitigation reports (state-mitigations.ts). Readers never rely on it: each state item
 * says by itself what it holds.
 */
export const STATE_SHAPE = 2;

/**
 * The item a new council starts with (`keys.returnStatesKept`): every return it will have
 * has a state item (written in each return change's transaction), so its returns are
 * listed from those small items. A council without it may have returns from before state
 * items were written.
 */
export function returnStatesKeptItem(laCode: string, at: string) {
  return {
    ...keys.returnStatesKept(laCode),
    type: STATES_KEPT,
    laCode,
    keptSince: at,
    stateShape: STATE_SHAPE,
  };
}

/** Whether a council's marker, as read, says its state items are of this release's shape. */
export function statesOfThisShape(marker: Record<string, unknown> | undefined): boolean {
  return typeof marker?.stateShape === 'number' && marker.stateShape >= STATE_SHAPE;
}
