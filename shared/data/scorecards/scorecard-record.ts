import type { MonthTarget, ScorecardMeasureInput, Role } from '../../domain';

/** Who saved it: a person, never the system. */
type Editor = { sub: string; role: Role };

/** A council's scorecard as stored: the measures as the council chose them. */
export interface ScorecardRecord {
  laCode: string;
  version: number;
  measures: (ScorecardMeasureInput & { targets?: MonthTarget[] })[];
  createdAt: string;
  updatedAt: string;
  updatedBy: Editor;
}

/** One month's figures as stored. */
export interface ScorecardMonthRecord {
  laCode: string;
  month: string;
  version: number;
  values: { key: string; value: number; note?: string }[];
  createdAt: string;
  updatedAt: string;
  updatedBy: Editor;
}
