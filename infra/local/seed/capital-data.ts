import * as z from 'zod';
import { IsoDate, Pounds } from '../../../shared/schemas/common';
import demo from './councils.json' with { type: 'json' };

/**
 * The high needs capital bids of councils.json (real, from the councils' reports), read
 * once and checked like the rest of the demo data: a changed shape stops the seed.
 */

const Count = z.number().int().nonnegative();
const Support = z.object({ schemes: Count, total: Pounds, note: z.string().min(1) });

const BuryCapital = z.object({
  requested: Pounds,
  awarded: Pounds,
  /** The report gives the year only. */
  submittedOn: z.string().regex(/^\d{4}$/),
  schemes: Count,
  schemesFundedFromExistingCapital: Count,
  decidedOn: IsoDate,
  strongSupport: Support,
  furtherConsideration: Support,
  opened: z.array(z.object({ title: z.string().min(1), openedOn: IsoDate })).length(1),
  specialFreeSchool: z.object({
    need: z.string().min(1),
    status: z.string().min(1),
    recommendations: z.array(z.string().min(1)).min(1),
  }),
});

const WiltshireCapital = z.object({
  requested: Pounds,
  status: z.literal('awaiting decision'),
  note: z.string().min(1),
  for: z.string().min(1),
});

const BcpCapital = z.object({
  requested: Pounds,
  approximate: z.literal(true),
  submittedOn: IsoDate,
  status: z.literal('awaiting decision'),
  note: z.string().min(1),
});

const BcpAwaiting = z.object({ measure: z.string(), '2024-03': Count });

function capitalOf<T extends z.ZodType>(laCode: string, schema: T): z.infer<T> {
  const found = demo.councils.find((c) => c.laCode === laCode);
  const parsed = schema.safeParse(found?.agreement.capital);
  if (!parsed.success) {
    throw new Error(`councils.json, capital of ${laCode}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const BURY_CAPITAL = capitalOf('351', BuryCapital);
export const WILTSHIRE_CAPITAL = capitalOf('865', WiltshireCapital);
export const BCP_CAPITAL = capitalOf('839', BcpCapital);

/** BCP's scorecard count of children awaiting specialist provision, March 2024. */
export const BCP_AWAITING_SPECIALIST = BcpAwaiting.parse(
  demo.councils
    .find((c) => c.laCode === '839')
    ?.scorecard?.find((m) => m.measure === 'Children awaiting specialist provision'),
)['2024-03'];
