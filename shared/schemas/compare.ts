import * as z from 'zod';
import { COMPARE_MEASURES, MONTH_PATTERN } from '../domain';
import { LaCode } from './common';
import { Period } from './return-content';
import { Month } from './scorecard';

export const ReturnCompareMeasure = z.enum(COMPARE_MEASURES);

/** A scorecard measure, `scorecard:ehcp-20-week-pct` (a catalogue key or a council's own). */
export const ScorecardCompareMeasure = z
  .string()
  .regex(
    /^scorecard:[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be scorecard: followed by a measure key',
  )
  .meta({ example: 'scorecard:ehcp-20-week-pct' });

export const CompareMeasure = z.union([ReturnCompareMeasure, ScorecardCompareMeasure]);

/** A return period, or a month for a scorecard measure. */
const PeriodOrMonth = z.union([Period, Month]);

export const CompareQuery = z
  .object({
    measure: CompareMeasure,
    laCodes: z
      .string()
      .regex(/^\d{3}(,\d{3}){0,19}$/, 'must be up to 20 LA codes separated by commas')
      .optional()
      .meta({ example: '351,865' }),
    neighboursOf: LaCode.optional().meta({
      description: 'Adds this council and its statistical neighbours',
    }),
    from: PeriodOrMonth.optional().meta({
      description: 'A period (`2024-25-Q1`), or a month (`2024-03`) for a scorecard measure',
    }),
    to: PeriodOrMonth.optional(),
  })
  .superRefine((query, ctx) => {
    const monthly = query.measure.startsWith('scorecard:');
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value !== undefined && MONTH_PATTERN.test(value) !== monthly) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: monthly
            ? 'must be a month (2024-03) for a scorecard measure'
            : 'must be a reporting period (2024-25-Q1) for a return measure',
        });
      }
    }
    if (monthly && query.from && query.to && query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'is after to' });
    }
  });

export type CompareQuery = z.infer<typeof CompareQuery>;

export const CompareSeries = z
  .object({
    laCode: LaCode,
    name: z.string(),
    points: z.array(
      z.object({
        period: PeriodOrMonth.meta({
          description: 'The period, or the month of a scorecard figure',
        }),
        periodEnd: z.string(),
        value: z.number(),
        planned: z.number().optional().meta({
          description: "The agreement's plan, or for a scorecard measure the council's target",
        }),
      }),
    ),
    baseline: z
      .object({ asAt: z.string(), source: z.string(), value: z.number() })
      .optional()
      .meta({ description: "The agreement's baseline value of the measure, where it gives one" }),
  })
  .meta({ id: 'CompareSeries' });

export const Comparison = z
  .object({
    measure: CompareMeasure,
    title: z.string().optional().meta({ description: 'A scorecard measure’s title' }),
    unit: z.enum(['pounds', 'count', 'percent', 'weeks']),
    from: PeriodOrMonth,
    to: PeriodOrMonth,
    series: z.array(CompareSeries),
    national: z
      .array(z.object({ period: Month, periodEnd: z.string(), value: z.number() }))
      .optional()
      .meta({ description: 'For a scorecard measure: the published national comparator by month' }),
  })
  .meta({ id: 'Comparison' });
