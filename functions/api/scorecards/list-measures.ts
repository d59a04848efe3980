import { MEASURE_CATALOGUE } from '../../../shared/domain';

/** The standard measure catalogue councils choose their scorecard measures from. */
export function listMeasures() {
  return { items: MEASURE_CATALOGUE.map((m) => ({ ...m })) };
}
