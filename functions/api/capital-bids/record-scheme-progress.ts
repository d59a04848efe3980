import type { Principal } from '../../../shared/auth';
import type { CapitalBidRecord } from '../../../shared/data/capital-bids/capital-bid-record';
import { writeCapitalBid } from '../../../shared/data/capital-bids/write-capital-bid';
import { ConditionFailedError } from '../../../shared/data/errors';
import {
  canMoveScheme,
  checkProgress,
  checkVersion,
  utcDateOf,
  ConflictError,
  InvalidError,
  NotFoundError,
  StaleVersionError,
} from '../../../shared/domain';
import type { SchemeProgressInput } from '../../../shared/schemas/capital-bid';
import type { AppDeps } from '../env';
import { capitalBidDetail } from './capital-bid-views';
import { requireBid } from './require-bid';

/**
 * Records where a scheme's delivery stands: planned, in progress, open (with the day it
 * opened and the places it delivered) or cancelled. Delivery goes on after DfE decides,
 * so this is allowed whatever the bid's status; it names the bid's version in `If-Match`.
 */
export async function recordSchemeProgress(
  deps: AppDeps,
  principal: Principal,
  request: {
    laCode: string;
    bidId: string;
    schemeId: string;
    progress: SchemeProgressInput;
    ifMatch: string | undefined;
  },
) {
  const { laCode, bidId, schemeId, progress, ifMatch } = request;
  const { store } = deps;
  const now = deps.now ? deps.now() : new Date();
  const bid = await requireBid(store, laCode, bidId);
  const index = bid.schemes.findIndex((s) => s.id === schemeId);
  const scheme = bid.schemes[index];
  if (!scheme) throw new NotFoundError(`Scheme ${schemeId} of capital bid ${bidId}`);
  checkVersion(ifMatch, bid.version);
  const from = scheme.progress?.status ?? 'planned';
  if (!canMoveScheme(from, progress.status)) {
    throw new ConflictError(`The scheme is ${from}: it cannot be recorded as ${progress.status}.`);
  }
  const errors = checkProgress(progress, utcDateOf(now.toISOString()));
  if (errors.length > 0) throw new InvalidError('The progress is not valid.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const schemes = [...bid.schemes];
  schemes[index] = {
    ...scheme,
    progress: {
      status: progress.status,
      ...(progress.placesDelivered === undefined
        ? {}
        : { placesDelivered: progress.placesDelivered }),
      ...(progress.openedOn ? { openedOn: progress.openedOn } : {}),
      updatedAt: at,
      updatedBy: actor,
    },
  };
  const next: CapitalBidRecord = {
    ...bid,
    version: bid.version + 1,
    schemes,
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
        action: 'capital-scheme.progress',
        entity: `capital bid ${bidId} scheme ${schemeId}`,
        before: {
          version: bid.version,
          status: from,
          ...(scheme.progress?.placesDelivered === undefined
            ? {}
            : { placesDelivered: scheme.progress.placesDelivered }),
        },
        after: { version: next.version, ...progress },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else changed this bid at the same time. Reload it to see their changes.',
      );
    }
    throw error;
  }
  return capitalBidDetail(next);
}
