import type { ScorecardMonthRecord } from '../../../shared/data/scorecards/scorecard-record';

/** A month's figures as the API gives them. */
export function scorecardMonthView(record: ScorecardMonthRecord) {
  return {
    month: record.month,
    version: record.version,
    values: record.values,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
