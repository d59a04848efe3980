import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getScorecard } from '../../../shared/data/scorecards/get-scorecard';
import { putScorecard } from '../../../shared/data/scorecards/put-scorecard';
import type { ScorecardRecord } from '../../../shared/data/scorecards/scorecard-record';
import {
  checkScorecard,
  checkVersion,
  InvalidError,
  StaleVersionError,
} from '../../../shared/domain';
import type { ScorecardInput } from '../../../shared/schemas/scorecard';
import type { AppDeps } from '../env';
import { councilOrNotFound } from './require-council';
import { scorecardDefinition } from './scorecard-definition';

/**
 * Saves the council's choice of scorecard measures and their targets: the first save
 * creates version 1; later saves name the version they change (`If-Match`).
 */
export async function saveScorecard(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; input: ScorecardInput; ifMatch: string | undefined },
) {
  const { laCode, input, ifMatch } = request;
  const { store } = deps;
  const now = (deps.now ?? (() => new Date()))();
  await councilOrNotFound(store, laCode);
  const previous = await getScorecard(store, laCode);
  checkVersion(ifMatch, previous?.version);
  const errors = checkScorecard(input.measures);
  if (errors.length > 0) throw new InvalidError('The scorecard cannot be saved as it is.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const next: ScorecardRecord = {
    laCode,
    version: (previous?.version ?? 0) + 1,
    measures: input.measures,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await putScorecard(
      store,
      {
        previousVersion: previous?.version,
        next,
        audit: {
          actor,
          action: previous ? 'scorecard.saved' : 'scorecard.created',
          entity: 'scorecard',
          ...(previous
            ? { before: { version: previous.version, measures: previous.measures } }
            : {}),
          after: { version: next.version, measures: next.measures },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else saved the scorecard at the same time. Reload it to see their changes.',
      );
    }
    throw error;
  }
  return { created: !previous, scorecard: scorecardDefinition(next) };
}
