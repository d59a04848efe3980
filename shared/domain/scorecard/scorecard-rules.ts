import type { FieldError } from '../field-error';
import { catalogueMeasure, type BetterDirection, type ScorecardUnit } from './measures';
import type { MonthTarget } from './targets';
import { isFutureMonth } from './months';
import { valueProblem } from './values';

/** A measure as a council puts it on its scorecard: a catalogue key, or a local one with its terms. */
export interface ScorecardMeasureInput {
  key: string;
  title?: string;
  unit?: ScorecardUnit;
  better?: BetterDirection;
  targets?: readonly MonthTarget[];
}

/** A measure on a council's scorecard, with the catalogue's terms filled in. */
export interface ScorecardMeasure {
  key: string;
  title: string;
  unit: ScorecardUnit;
  better: BetterDirection;
  description?: string;
  local: boolean;
  targets: MonthTarget[];
}

/**
 * What is wrong with a council's choice of measures: a key chosen twice; a local
 * measure (a key not in the catalogue) without its title, unit and better direction; a
 * catalogue measure given another unit or direction than the catalogue's; a target
 * month named twice, or a target outside what the unit allows.
 */
export function checkScorecard(measures: readonly ScorecardMeasureInput[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  measures.forEach((measure, i) => {
    const at = `measures[${i}]`;
    if (seen.has(measure.key))
      errors.push({ path: `${at}.key`, message: `${measure.key} is already on the scorecard` });
    seen.add(measure.key);
    const standard = catalogueMeasure(measure.key);
    if (standard) {
      if (measure.unit !== undefined && measure.unit !== standard.unit)
        errors.push({
          path: `${at}.unit`,
          message: `is ${standard.unit} for the catalogue measure ${measure.key}`,
        });
      if (measure.better !== undefined && measure.better !== standard.better)
        errors.push({
          path: `${at}.better`,
          message: `is ${standard.better} for the catalogue measure ${measure.key}`,
        });
    } else {
      const local = 'is needed for a local measure (a key not in the catalogue)';
      if (!measure.title) errors.push({ path: `${at}.title`, message: local });
      if (!measure.unit) errors.push({ path: `${at}.unit`, message: local });
      if (!measure.better) errors.push({ path: `${at}.better`, message: local });
    }
    const unit = standard?.unit ?? measure.unit;
    const months = new Set<string>();
    (measure.targets ?? []).forEach((target, j) => {
      if (months.has(target.from))
        errors.push({
          path: `${at}.targets[${j}].from`,
          message: `a target from ${target.from} is already given`,
        });
      months.add(target.from);
      const problem = unit ? valueProblem(unit, target.value) : undefined;
      if (problem) errors.push({ path: `${at}.targets[${j}].value`, message: problem });
    });
  });
  return errors;
}

/** The scorecard's measures with the catalogue's title, unit, direction and description filled in. */
export function resolveMeasures(measures: readonly ScorecardMeasureInput[]): ScorecardMeasure[] {
  return measures.map((measure) => {
    const standard = catalogueMeasure(measure.key);
    const targets = [...(measure.targets ?? [])].sort((a, b) => a.from.localeCompare(b.from));
    if (standard) {
      return {
        key: measure.key,
        title: measure.title ?? standard.title,
        unit: standard.unit,
        better: standard.better,
        description: standard.description,
        local: false,
        targets,
      };
    }
    // checkScorecard has made sure a local measure names its terms.
    return {
      key: measure.key,
      title: measure.title ?? measure.key,
      unit: measure.unit ?? 'count',
      better: measure.better ?? 'higher',
      local: true,
      targets,
    };
  });
}

export interface MonthValue {
  key: string;
  value: number;
  note?: string;
}

/**
 * What is wrong with a month's figures: a month that has not begun, a key not on the
 * council's scorecard or given twice, a figure the measure's unit does not allow.
 */
export function checkMonthValues(input: {
  month: string;
  now: Date;
  values: readonly MonthValue[];
  measures: readonly Pick<ScorecardMeasure, 'key' | 'unit'>[];
}): FieldError[] {
  const errors: FieldError[] = [];
  if (isFutureMonth(input.month, input.now))
    errors.push({ path: 'month', message: 'must not be after the current month' });
  const units = new Map(input.measures.map((m) => [m.key, m.unit]));
  const seen = new Set<string>();
  input.values.forEach((entry, i) => {
    const at = `values[${i}]`;
    const unit = units.get(entry.key);
    if (!unit) {
      errors.push({ path: `${at}.key`, message: `${entry.key} is not on the council's scorecard` });
      return;
    }
    if (seen.has(entry.key))
      errors.push({ path: `${at}.key`, message: `${entry.key} is given twice` });
    seen.add(entry.key);
    const problem = valueProblem(unit, entry.value);
    if (problem) errors.push({ path: `${at}.value`, message: problem });
  });
  return errors;
}
