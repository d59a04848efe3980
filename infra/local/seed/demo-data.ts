import * as z from 'zod';
import { FinancialYear } from '../../../shared/schemas/agreement';
import { IsoDate, LaCode, Pounds } from '../../../shared/schemas/common';
import { Rag } from '../../../shared/schemas/return-content';
import demo from './councils.json' with { type: 'json' };

/**
 * The real figures of councils.json (a copy of the starting data from public council
 * reports), read once and checked: if someone edits the file into a shape the seed does
 * not expect, the seed stops with the field that is wrong rather than inventing a figure.
 * Everything the seed adds that is not in this file is illustrative and labelled so.
 */

const Council = z.object({ laCode: LaCode, name: z.string().min(1), region: z.string().min(1) });

const Bury = Council.extend({
  agreement: z.object({
    status: z.literal('active'),
    signed: IsoDate,
    firstYear: FinancialYear,
    lastYear: FinancialYear,
    cadence: z.literal('quarterly'),
    dfeContributionTotal: Pounds,
    trajectory: z.array(
      z.object({
        financialYear: FinancialYear,
        mitigatedCumulativeDeficit: Pounds,
        plannedCumulativeDeficit: Pounds,
        dfeContribution: Pounds.optional(),
        programmeCost: Pounds.optional(),
      }),
    ),
    workstreams: z.array(z.string().min(1)).min(1),
    illustrative: z.object({ conditions: z.array(z.string().min(1)).length(5) }),
  }),
});

const Payment = z.object({ financialYear: FinancialYear, amount: Pounds, status: z.string() });

const Wiltshire = Council.extend({
  agreement: z.object({
    status: z.literal('active'),
    signed: IsoDate,
    firstYear: FinancialYear,
    cadence: z.literal('quarterly'),
    dfeContributionTotal: Pounds,
    councilContributionTotal: Pounds,
    payments: z.array(Payment.extend({ paid: z.string() })).length(1),
    forecastCumulativeDeficitAtPlanEnd: Pounds,
    programmeAreas: z.array(z.object({ name: z.string().min(1), rag: Rag })).length(6),
  }),
});

const Bcp = Council.extend({
  agreement: z.object({
    status: z.literal('rejected'),
    submitted: IsoDate,
    decided: IsoDate,
    planYears: z.number().int().positive(),
    cumulativeDeficit: z
      .array(z.object({ financialYear: FinancialYear, cumulativeDeficit: Pounds }))
      .length(2),
    budgetedOverspend: z
      .array(z.object({ financialYear: FinancialYear, amount: Pounds }))
      .length(2),
  }),
});

const Bristol = Council.extend({
  agreement: z.object({
    status: z.literal('active'),
    firstYear: FinancialYear,
    lastYear: FinancialYear,
    cadence: z.literal('termly'),
    dfeContributionTotal: Pounds,
    payments: z.array(Payment.extend({ paid: IsoDate })).length(1),
  }),
  ehcpsByPlacement: z.object({
    asAt: z.string(),
    total: z.number().int().positive(),
    mainstream: z.number().int().nonnegative(),
    laMaintainedSpecial: z.number().int().nonnegative(),
    independentSpecial: z.number().int().nonnegative(),
  }),
  highNeedsSpend: z.object({
    financialYear: FinancialYear,
    maintainedSpecial: z.object({ amount: Pounds, children: z.number().int() }),
    independentSpecial: z.object({ amount: Pounds, children: z.number().int() }),
  }),
});

function council<T extends z.ZodType>(laCode: string, schema: T): z.infer<T> {
  const found = demo.councils.find((c) => c.laCode === laCode);
  if (!found) throw new Error(`councils.json has no council ${laCode}`);
  const parsed = schema.safeParse(found);
  if (!parsed.success) {
    throw new Error(`councils.json, council ${laCode}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Every council of councils.json, for creating the tenants. */
export const DEMO_COUNCILS = demo.councils.map((c) => council(c.laCode, Council));

export const BURY = council('351', Bury);
export const WILTSHIRE = council('865', Wiltshire);
export const BCP = council('839', Bcp);
export const BRISTOL = council('801', Bristol);

/**
 * BCP's SEND partnership scorecard as its May 2024 report gives it: each row a measure
 * by its name in the report, its figures by month (`2024-03`), and the comparators the
 * report quotes beside it (national, statistical neighbours, South West).
 */
const ScorecardRow = z
  .object({
    measure: z.string().min(1),
    national: z.number().optional(),
    statisticalNeighbours: z.number().optional(),
    southWest: z.number().optional(),
  })
  .catchall(z.number());

export const BCP_SCORECARD = council(
  '839',
  z.object({ scorecard: z.array(ScorecardRow).min(1) }),
).scorecard;
