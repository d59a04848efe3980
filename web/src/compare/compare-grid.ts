import type { CompareSeries } from '../api/compare';

export interface GridCell {
  period: string;
  value: number;
  planned?: number;
}

export interface GridRow {
  /** The date the periods end: councils on different cadences line up by it. */
  periodEnd: string;
  cells: Record<string, GridCell | undefined>;
  /** A scorecard measure's published national comparator for the month. */
  national?: number;
}

/** The series side by side: one row per period end date, oldest first, a cell per council. */
export function compareGrid(
  series: readonly CompareSeries[],
  national: readonly { periodEnd: string; value: number }[] = [],
): GridRow[] {
  const rows = new Map<string, GridRow>();
  for (const point of national) {
    rows.set(point.periodEnd, { periodEnd: point.periodEnd, cells: {}, national: point.value });
  }
  for (const s of series) {
    for (const point of s.points) {
      const row = rows.get(point.periodEnd) ?? { periodEnd: point.periodEnd, cells: {} };
      row.cells[s.laCode] = {
        period: point.period,
        value: point.value,
        ...(point.planned === undefined ? {} : { planned: point.planned }),
      };
      rows.set(point.periodEnd, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}

/** Whether any council's series has the plan alongside (finance measures the agreement plans). */
export function hasPlan(series: readonly CompareSeries[]): boolean {
  return series.some((s) => s.points.some((p) => p.planned !== undefined));
}

/** Parses `laCodes=351,865` from the address, keeping only LA codes, each once. */
export function readLaCodes(text: string | null): string[] {
  return [...new Set((text ?? '').split(',').filter((code) => /^\d{3}$/.test(code)))];
}
