import type { Principal } from '../../../shared/auth';
import type { CapitalBidRecord } from '../../../shared/data/capital-bids/capital-bid-record';
import { writeCapitalBid } from '../../../shared/data/capital-bids/write-capital-bid';
import { ConditionFailedError } from '../../../shared/data/errors';
import {
  bidStatus,
  canDecideBid,
  checkDecision,
  checkVersion,
  utcDateOf,
  ConflictError,
  InvalidError,
} from '../../../shared/domain';
import type { CapitalDecisionInput } from '../../../shared/schemas/capital-bid';
import type { AppDeps } from '../env';
import { capitalBidDetail } from './capital-bid-views';
import { requireBid } from './require-bid';

/**
 * Records DfE's decision on a submitted bid: what it awards and its support for each
 * scheme. A bid is decided once; after that neither the decision nor the bid changes.
 * `If-Match` is optional here (there is one decision to make), and checked when sent.
 */
export async function decideCapitalBid(
  deps: AppDeps,
  principal: Principal,
  request: {
    laCode: string;
    bidId: string;
    decision: CapitalDecisionInput;
    ifMatch: string | undefined;
  },
) {
  const { laCode, bidId, decision, ifMatch } = request;
  const { store } = deps;
  const now = deps.now ? deps.now() : new Date();
  const bid = await requireBid(store, laCode, bidId);
  if (ifMatch !== undefined) checkVersion(ifMatch, bid.version);
  if (!canDecideBid(bid.status)) {
    throw new ConflictError(
      bid.status === 'draft'
        ? 'This bid has not been submitted to DfE yet: it has no submission date.'
        : `DfE has already decided on this bid (${bid.status}): a bid is decided once.`,
    );
  }
  const errors = checkDecision(bid, decision, utcDateOf(now.toISOString()));
  if (errors.length > 0) throw new InvalidError('The decision is not valid.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const stored = {
    decidedOn: decision.decidedOn,
    awarded: decision.awarded,
    ...(decision.note ? { note: decision.note } : {}),
    schemes: decision.schemes ?? [],
    decidedAt: at,
    decidedBy: actor,
  };
  const next: CapitalBidRecord = {
    ...bid,
    version: bid.version + 1,
    status: bidStatus({ ...bid, decision: stored }),
    decision: stored,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await writeCapitalBid(
      store,
      bid.version,
      next,
      {
        actor,
        action: `capital-bid.${next.status}`,
        entity: `capital bid ${bidId}`,
        before: { version: bid.version, status: bid.status, requested: bid.requested },
        after: {
          version: next.version,
          status: next.status,
          decidedOn: stored.decidedOn,
          awarded: stored.awarded,
          schemes: stored.schemes,
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new ConflictError(
        'Someone else changed or decided on this bid at the same time. Reload to see it.',
      );
    }
    throw error;
  }
  return capitalBidDetail(next);
}
