import { formatMonth } from '../../../shared/domain';
import type { ScorecardView } from '../../../shared/schemas/scorecard';
import { column, type Column, type ColumnKind } from './columns';
import { addTableSheet, newWorkbook, workbookBytes } from './workbook';

type Measure = ScorecardView['measures'][number];
type Point = Measure['series'][number];
type Unit = Measure['unit'];

const KIND: Record<Unit, ColumnKind> = {
  percent: 'percent',
  count: 'count',
  weeks: 'decimal',
  pounds: 'money',
};

const UNIT_NAMES: Record<Unit, string> = {
  percent: 'Percentage',
  count: 'Number',
  weeks: 'Weeks',
  pounds: 'Pounds',
};

const TREND_NAMES: Record<Measure['trend'], string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  steady: 'Steady',
  unknown: 'Not enough figures',
};

const kind = (m: Measure) => KIND[m.unit];

/** The measures down, the months across: the scorecard as a committee reads it. */
function gridColumns(months: string[]): Column<Measure>[] {
  return [
    column<Measure>('Measure', 'text', (m) => m.title, 40),
    column<Measure>('Unit', 'text', (m) => UNIT_NAMES[m.unit], 11),
    column<Measure>('Better when', 'text', (m) => (m.better === 'higher' ? 'Higher' : 'Lower'), 11),
    column<Measure>('Local measure', 'yes-no', (m) => m.local, 9),
    ...months.map((month) =>
      column<Measure>(
        formatMonth(month),
        kind,
        (m) => m.series.find((p) => p.month === month)?.value,
        14,
      ),
    ),
    column<Measure>('Target for the latest month', kind, (m) => m.target, 14),
    column<Measure>('Trend', 'text', (m) => TREND_NAMES[m.trend], 16),
  ];
}

type FigureRow = Point & { measure: Measure };
const figureKind = (r: FigureRow) => kind(r.measure);

/** One row per measure and month, beside its target and the published comparators. */
const FIGURE_COLUMNS: Column<FigureRow>[] = [
  column<FigureRow>('Measure', 'text', (r) => r.measure.title, 40),
  column<FigureRow>('Month', 'text', (r) => formatMonth(r.month), 16),
  column<FigureRow>('Figure', figureKind, (r) => r.value, 12),
  column<FigureRow>('Target', figureKind, (r) => r.target, 12),
  column<FigureRow>('National', figureKind, (r) => r.comparators.national, 12),
  column<FigureRow>('Region', figureKind, (r) => r.comparators.region, 12),
  column<FigureRow>(
    'Statistical neighbours',
    figureKind,
    (r) => r.comparators.statisticalNeighbours,
    14,
  ),
  column<FigureRow>('Note', 'text', (r) => r.note, 60),
];

type TargetRow = { measure: Measure; from: string; value: number };

const TARGET_COLUMNS: Column<TargetRow>[] = [
  column<TargetRow>('Measure', 'text', (r) => r.measure.title, 40),
  column<TargetRow>('From', 'text', (r) => formatMonth(r.from), 16),
  column<TargetRow>(
    'Target',
    (r) => kind(r.measure),
    (r) => r.value,
    12,
  ),
];

/**
 * A council's scorecard: the months side by side, then every figure with its target and
 * comparators, then the targets as agreed (each in force until the next).
 */
export async function scorecardWorkbook(view: ScorecardView): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  addTableSheet(workbook, 'Scorecard', gridColumns(view.months), view.measures);
  addTableSheet(
    workbook,
    'Figures',
    FIGURE_COLUMNS,
    view.measures.flatMap((measure) => measure.series.map((p) => ({ ...p, measure }))),
  );
  addTableSheet(
    workbook,
    'Targets',
    TARGET_COLUMNS,
    view.measures.flatMap((measure) => measure.targets.map((t) => ({ ...t, measure }))),
  );
  return workbookBytes(workbook);
}
