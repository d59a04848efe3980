import * as z from 'zod';
import {
  BID_STATUSES,
  FUNDING_SOURCES,
  PROVISION_TYPES,
  SCHEME_STATUSES,
  SCHEME_SUPPORT,
} from '../domain';
import { Actor } from './agreement';
import { Count, IsoDate, LaCode, Pounds, Timestamp } from './common';

/** Ids the council chooses for its bids and schemes (case-sensitive). */
export const CapitalId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be 1–64 letters, digits, - or _, starting with a letter or digit',
  )
  .meta({ example: 'bid-2021' });

const NonNegativePounds = Pounds.min(0, 'must not be negative');

export const ProvisionType = z.enum(PROVISION_TYPES);
export const FundedFrom = z.enum(FUNDING_SOURCES);
export const SchemeStatus = z.enum(SCHEME_STATUSES);
export const SchemeSupport = z.enum(SCHEME_SUPPORT);
export const BidStatus = z.enum(BID_STATUSES);

export const SchemeInput = z
  .strictObject({
    id: CapitalId,
    title: z.string().trim().min(1, 'is required').max(300),
    provisionType: ProvisionType,
    places: Count.optional(),
    cost: NonNegativePounds,
    fundedFrom: FundedFrom,
  })
  .meta({ id: 'CapitalSchemeInput' });

export const CapitalBidInput = z
  .strictObject({
    title: z.string().trim().min(1, 'is required').max(300),
    submittedOn: IsoDate.optional().meta({ description: 'The day the bid went to DfE' }),
    requested: NonNegativePounds,
    note: z
      .string()
      .max(4000)
      .optional()
      .meta({ description: 'Anything DfE or the council should know (requests, delays)' }),
    schemes: z.array(SchemeInput).max(200),
  })
  .meta({ id: 'CapitalBidInput' });

export const SchemeDecisionInput = z
  .strictObject({
    schemeId: CapitalId,
    support: SchemeSupport,
    amount: NonNegativePounds.optional(),
  })
  .meta({ id: 'CapitalSchemeDecision' });

export const CapitalDecisionInput = z
  .strictObject({
    decidedOn: IsoDate,
    awarded: NonNegativePounds,
    note: z.string().max(4000).optional(),
    schemes: z.array(SchemeDecisionInput).max(200).optional(),
  })
  .meta({ id: 'CapitalDecisionInput' });

export const SchemeProgressInput = z
  .strictObject({
    status: SchemeStatus,
    placesDelivered: Count.optional(),
    openedOn: IsoDate.optional(),
  })
  .meta({ id: 'CapitalSchemeProgressInput' });

/** A scheme with its delivery and DfE's support for it. */
export const CapitalScheme = SchemeInput.extend({
  status: SchemeStatus,
  placesDelivered: Count.optional(),
  openedOn: IsoDate.optional(),
  support: SchemeSupport.optional(),
  amount: Pounds.optional().meta({ description: 'What DfE gave this scheme, when it said' }),
  progressUpdatedAt: Timestamp.optional(),
}).meta({ id: 'CapitalScheme' });

export const CapitalDecision = CapitalDecisionInput.extend({
  schemes: z.array(SchemeDecisionInput),
  /** What the award gives no scheme in particular (Bury's £2.081m for further consideration). */
  allocated: Pounds,
  unallocated: Pounds,
  decidedAt: Timestamp,
  decidedBy: Actor,
}).meta({ id: 'CapitalDecision' });

/** A bid as listed: its status, money and places. */
export const CapitalBidSummary = z
  .object({
    laCode: LaCode,
    bidId: CapitalId,
    version: z.number().int(),
    title: z.string(),
    status: BidStatus,
    submittedOn: IsoDate.optional(),
    requested: Pounds,
    awarded: Pounds.optional(),
    decidedOn: IsoDate.optional(),
    placesPlanned: Count,
    placesDelivered: Count,
    costByFunding: z.strictObject({
      'this-bid': Pounds,
      'existing-capital': Pounds,
      central: Pounds,
    }),
    note: z.string().optional(),
    schemes: z.array(CapitalScheme),
  })
  .meta({ id: 'CapitalBidSummary' });

export const CapitalBid = CapitalBidSummary.extend({
  decision: CapitalDecision.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: Actor,
}).meta({ id: 'CapitalBid' });

export const CapitalBidQuery = z.object({
  status: BidStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50).optional(),
  cursor: z.string().max(2048).optional(),
});

export type SchemeInput = z.infer<typeof SchemeInput>;
export type CapitalBidInput = z.infer<typeof CapitalBidInput>;
export type CapitalDecisionInput = z.infer<typeof CapitalDecisionInput>;
export type SchemeProgressInput = z.infer<typeof SchemeProgressInput>;
export type CapitalScheme = z.infer<typeof CapitalScheme>;
export type CapitalDecision = z.infer<typeof CapitalDecision>;
export type CapitalBidSummary = z.infer<typeof CapitalBidSummary>;
export type CapitalBid = z.infer<typeof CapitalBid>;
