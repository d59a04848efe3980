import * as z from 'zod';
import { COMPARE_MEASURES } from '../domain/compare';
import { LaCode } from './common';
import { Period } from './return-content';

export const CompareMeasure = z.enum(COMPARE_MEASURES);

export const CompareQuery = z.object({
  measure: CompareMeasure,
  laCodes: z
    .string()
    .regex(/^\d{3}(,\d{3}){0,19}$/, 'must be up to 20 LA codes separated by commas')
    .optional()
    .meta({ example: '351,865' }),
  neighboursOf: LaCode.optional().meta({
    description: 'Adds this council and its statistical neighbours',
  }),
  from: Period.optional(),
  to: Period.optional(),
});

export const CompareSeries = z
  .object({
    laCode: LaCode,
    name: z.string(),
    points: z.array(
      z.object({
        period: Period,
        periodEnd: z.string(),
        value: z.number(),
        planned: z.number().optional(),
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
    unit: z.enum(['pounds', 'count', 'percent']),
    from: Period,
    to: Period,
    series: z.array(CompareSeries),
  })
  .meta({ id: 'Comparison' });
