import type { ScorecardRecord } from '../../../shared/data/scorecards/scorecard-record';
import { resolveMeasures } from '../../../shared/domain';

/** The scorecard as `PUT …/scorecard` answers it: the measures with the catalogue's terms filled in. */
export function scorecardDefinition(record: ScorecardRecord) {
  return {
    laCode: record.laCode,
    version: record.version,
    measures: resolveMeasures(record.measures),
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
