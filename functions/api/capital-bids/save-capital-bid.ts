import type { Principal } from '../../../shared/auth';
import type {
  CapitalBidRecord,
  StoredScheme,
} from '../../../shared/data/capital-bids/capital-bid-record';
import { getCapitalBid } from '../../../shared/data/capital-bids/get-capital-bid';
import { writeCapitalBid } from '../../../shared/data/capital-bids/write-capital-bid';
import { ConditionFailedError } from '../../../shared/data/errors';
import {
  bidStatus,
  canEditBid,
  checkBid,
  checkVersion,
  utcDateOf,
  ConflictError,
  InvalidError,
  StaleVersionError,
} from '../../../shared/domain';
import type { CapitalBidInput } from '../../../shared/schemas/capital-bid';
import type { AppDeps } from '../env';
import { capitalBidDetail } from './capital-bid-views';
import { requireCapitalCouncil } from './require-bid';

/**
 * Saves a council's capital bid with its schemes: the first save creates it; later saves
 * name the version they were based on. A bid can change until DfE decides on it; each
 * scheme keeps the delivery already recorded for it.
 */
export async function saveCapitalBid(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; bidId: string; bid: CapitalBidInput; ifMatch: string | undefined },
) {
  const { laCode, bidId, bid, ifMatch } = request;
  const { store } = deps;
  const now = deps.now ? deps.now() : new Date();
  const [previous] = await Promise.all([
    getCapitalBid(store, laCode, bidId),
    requireCapitalCouncil(store, laCode),
  ]);
  checkVersion(ifMatch, previous?.version);
  if (previous && !canEditBid(previous.status)) {
    throw new ConflictError(
      `DfE has decided on this bid (${previous.status}): it can no longer be changed.`,
    );
  }
  const errors = checkBid(bid, utcDateOf(now.toISOString()));
  if (errors.length > 0) throw new InvalidError('The capital bid is not valid.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const progress = new Map(previous?.schemes.map((s) => [s.id, s.progress]) ?? []);
  const schemes: StoredScheme[] = bid.schemes.map((scheme) => {
    const kept = progress.get(scheme.id);
    return kept ? { ...scheme, progress: kept } : scheme;
  });
  const next: CapitalBidRecord = {
    laCode,
    bidId,
    version: (previous?.version ?? 0) + 1,
    status: bidStatus(bid),
    title: bid.title,
    ...(bid.submittedOn ? { submittedOn: bid.submittedOn } : {}),
    requested: bid.requested,
    ...(bid.note ? { note: bid.note } : {}),
    schemes,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await writeCapitalBid(
      store,
      previous?.version,
      next,
      {
        actor,
        action: previous ? 'capital-bid.saved' : 'capital-bid.created',
        entity: `capital bid ${bidId}`,
        ...(previous
          ? {
              before: {
                version: previous.version,
                status: previous.status,
                requested: previous.requested,
                schemes: previous.schemes.length,
              },
            }
          : {}),
        after: {
          version: next.version,
          status: next.status,
          requested: next.requested,
          schemes: next.schemes.length,
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else saved this bid at the same time. Reload it to see their changes.',
      );
    }
    throw error;
  }
  return { created: !previous, bid: capitalBidDetail(next) };
}
