import type { Principal } from '../../../shared/auth';
import { listComparators } from '../../../shared/data/comparators/list-comparators';
import { getScorecard } from '../../../shared/data/scorecards/get-scorecard';
import { listScorecardMonths } from '../../../shared/data/scorecards/list-scorecard-months';
import { NotFoundError } from '../../../shared/domain';
import type { AppDeps } from '../env';
import { councilOrNotFound } from './require-council';
import { scorecardView } from './scorecard-view';

/**
 * The council's scorecard over a range of months (every saved month without one): each
 * measure with its figures, targets, the published comparators beside them, the latest
 * figure and its trend.
 */
export async function readScorecard(
  deps: AppDeps,
  _principal: Principal,
  request: { laCode: string; from?: string; to?: string },
) {
  const { store } = deps;
  const { laCode, from, to } = request;
  const [council, scorecard, months, comparators] = await Promise.all([
    councilOrNotFound(store, laCode),
    getScorecard(store, laCode),
    listScorecardMonths(store, laCode, { from, to }),
    listComparators(store),
  ]);
  if (!scorecard) throw new NotFoundError("The council's scorecard");
  return scorecardView({ council, scorecard, months, comparators });
}
