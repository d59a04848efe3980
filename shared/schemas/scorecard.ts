import * as z from 'zod';
import { BETTER_DIRECTIONS, MEASURE_UNITS, MONTH_PATTERN } from '../domain';
import { Actor } from './agreement';
import { LaCode, Timestamp } from './common';

/** A calendar month, `2024-03`. */
export const Month = z
  .string()
  .regex(MONTH_PATTERN, 'must be a month written like 2024-03')
  .meta({ description: 'A calendar month, YYYY-MM', example: '2024-03' });

/** A measure key: a catalogue key, or a council's own (1–64 letters, digits, - and _). */
export const MeasureKey = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be 1–64 letters, digits, - or _, starting with a letter or digit',
  )
  .meta({ example: 'ehcp-20-week-pct' });

export const ScorecardUnit = z.enum(MEASURE_UNITS);
export const BetterDirection = z.enum(BETTER_DIRECTIONS);

export const Measure = z
  .object({
    key: MeasureKey,
    title: z.string(),
    unit: ScorecardUnit,
    better: BetterDirection,
    description: z.string(),
  })
  .meta({ id: 'Measure' });

export const MeasureList = z.object({ items: z.array(Measure) }).meta({ id: 'MeasureList' });

const Figure = z.number().meta({ description: 'In the measure’s unit' });

export const MonthTarget = z
  .strictObject({ from: Month, value: Figure })
  .meta({ id: 'MonthTarget', description: 'A target in force from this month until a later one' });

export const ScorecardMeasureInput = z
  .strictObject({
    key: MeasureKey,
    title: z.string().trim().min(1, 'enter a title').max(120).optional(),
    unit: ScorecardUnit.optional(),
    better: BetterDirection.optional(),
    // Bounded so that the scorecard and its audit item (before and after) fit DynamoDB's item size.
    targets: z.array(MonthTarget).max(60).optional(),
  })
  .meta({ id: 'ScorecardMeasureInput' });

/** The body of `PUT /councils/{laCode}/scorecard`. */
export const ScorecardInput = z
  .strictObject({ measures: z.array(ScorecardMeasureInput).max(40) })
  .meta({ id: 'ScorecardInput' });

export const MonthValue = z
  .strictObject({
    key: MeasureKey,
    value: Figure,
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'MonthValue' });

/** The body of `PUT /councils/{laCode}/scorecard/months/{month}`. */
export const ScorecardMonthInput = z
  .strictObject({ values: z.array(MonthValue).max(100) })
  .meta({ id: 'ScorecardMonthInput' });

export const ScorecardMonth = z
  .object({
    month: Month,
    version: z.number().int(),
    values: z.array(MonthValue),
    updatedAt: Timestamp,
    updatedBy: Actor,
  })
  .meta({ id: 'ScorecardMonth' });

export const ComparatorValues = z
  .object({
    national: Figure.optional(),
    region: Figure.optional(),
    statisticalNeighbours: Figure.optional(),
  })
  .meta({ id: 'ComparatorValues', description: 'Published figures for the same month' });

export const ScorecardPoint = z
  .object({
    month: Month,
    value: Figure,
    note: z.string().optional(),
    target: Figure.optional(),
    comparators: ComparatorValues,
  })
  .meta({ id: 'ScorecardPoint' });

export const Trend = z.enum(['improving', 'worsening', 'steady', 'unknown']);

export const ScorecardMeasureView = z
  .object({
    key: MeasureKey,
    title: z.string(),
    unit: ScorecardUnit,
    better: BetterDirection,
    description: z.string().optional(),
    local: z.boolean(),
    target: Figure.optional().meta({ description: 'The target in force for the latest month' }),
    targets: z.array(MonthTarget),
    series: z.array(ScorecardPoint),
    latest: z.object({ month: Month, value: Figure, note: z.string().optional() }).optional(),
    trend: Trend,
  })
  .meta({ id: 'ScorecardMeasureView' });

export const ScorecardView = z
  .object({
    laCode: LaCode,
    version: z.number().int(),
    months: z.array(Month).meta({ description: 'Every month with saved figures, oldest first' }),
    measures: z.array(ScorecardMeasureView),
    updatedAt: Timestamp,
    updatedBy: Actor,
  })
  .meta({ id: 'Scorecard' });

export const ScorecardQuery = z
  .object({
    from: Month.optional(),
    to: Month.optional(),
    latestMonths: z.coerce
      .number()
      .int()
      .min(1)
      .max(120)
      .optional()
      .meta({ description: 'Only the latest this many saved months (within from and to)' }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['from'],
    message: 'must not be after to',
  });

/** The body of `PUT /comparators/{key}/{month}`. */
export const ComparatorInput = z
  .strictObject({
    national: Figure.optional(),
    regions: z
      .record(z.string().trim().min(1).max(60), Figure)
      .optional()
      .meta({ description: 'By region name, as on the council (`South West`)' }),
    statisticalNeighbours: z
      .record(LaCode, Figure)
      .optional()
      .meta({ description: "A council's statistical-neighbour average, by that council's laCode" }),
    source: z.string().trim().min(1, 'name the source').max(500),
  })
  .meta({ id: 'ComparatorInput' });

export const Comparator = ComparatorInput.extend({
  key: MeasureKey,
  month: Month,
  version: z.number().int(),
  updatedAt: Timestamp,
  updatedBy: Actor,
}).meta({ id: 'Comparator' });

export type ScorecardInput = z.infer<typeof ScorecardInput>;
export type ScorecardMonthInput = z.infer<typeof ScorecardMonthInput>;
export type ScorecardMonth = z.infer<typeof ScorecardMonth>;
export type ScorecardView = z.infer<typeof ScorecardView>;
export type ScorecardMeasureView = z.infer<typeof ScorecardMeasureView>;
export type ComparatorInput = z.infer<typeof ComparatorInput>;
export type Comparator = z.infer<typeof Comparator>;
export type ComparatorValues = z.infer<typeof ComparatorValues>;
