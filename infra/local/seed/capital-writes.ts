import { decideCapitalBid } from '../../../functions/api/capital-bids/decide-capital-bid';
import { recordSchemeProgress } from '../../../functions/api/capital-bids/record-scheme-progress';
import { saveCapitalBid } from '../../../functions/api/capital-bids/save-capital-bid';
import {
  CapitalBidInput,
  CapitalDecisionInput,
  SchemeProgressInput,
} from '../../../shared/schemas/capital-bid';
import { ADMIN, depsAt, editor, type SeedContext } from './seed-writes';

/**
 * The seed's capital writes: each goes through the API's schema and use case, so a bid
 * the API would refuse stops the seed, and each leaves its audit item.
 */

/** `PUT /councils/{laCode}/capital-bids/{bidId}`; returns the new version. */
export async function seedCapitalBid(
  ctx: SeedContext,
  bidId: string,
  body: CapitalBidInput,
  when: Date,
  version?: number,
): Promise<number> {
  const { bid } = await saveCapitalBid(depsAt(ctx, when), editor(ctx.laCode), {
    laCode: ctx.laCode,
    bidId,
    bid: CapitalBidInput.parse(body),
    ifMatch: version === undefined ? undefined : String(version),
  });
  return bid.version;
}

/** `POST …/capital-bids/{bidId}/decision` by DfE. */
export async function seedCapitalDecision(
  ctx: SeedContext,
  bidId: string,
  body: CapitalDecisionInput,
  when: Date,
): Promise<number> {
  const bid = await decideCapitalBid(depsAt(ctx, when), ADMIN, {
    laCode: ctx.laCode,
    bidId,
    decision: CapitalDecisionInput.parse(body),
    ifMatch: undefined,
  });
  return bid.version;
}

/** `PUT …/capital-bids/{bidId}/schemes/{schemeId}/progress`. */
export async function seedSchemeProgress(
  ctx: SeedContext,
  bidId: string,
  schemeId: string,
  body: SchemeProgressInput,
  when: Date,
  version: number,
): Promise<number> {
  const bid = await recordSchemeProgress(depsAt(ctx, when), editor(ctx.laCode), {
    laCode: ctx.laCode,
    bidId,
    schemeId,
    progress: SchemeProgressInput.parse(body),
    ifMatch: String(version),
  });
  return bid.version;
}
