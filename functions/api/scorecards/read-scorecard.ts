import type { Principal } from '../../../shared/auth';
import { listComparators } from '../../../shared/data/comparators/list-comparators';
import { getScorecard } from '../../../shared/data/scorecards/get-scorecard';
import { listScorecardMonths } from '../../../shared/data/scorecards/list-scorecard-months';
import { NotFoundError, resolveMeasures } from '../../../shared/domain';
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
  request: { laCode: string; from?: string; to?: string; latestMonths?: number },
) {
  const { store } = deps;
  const { laCode, from, to, latestMonths } = request;
  const [council, scorecard, months] = await Promise.all([
    councilOrNotFound(store, laCode),
    getScorecard(store, laCode),
    listScorecardMonths(store, laCode, {
      from,
      to,
      ...(latestMonths === undefined ? {} : { latest: latestMonths }),
    }),
  ]);
  // Only the scorecard's measures over the months shown: published figures of other
  // measures and years are never read, so the page costs the same however much is kept.
  const shown =
    latestMonths === undefined
      ? { from, to }
      : { from: months[0]?.month ?? from, to: months.at(-1)?.month ?? to };
  const comparators = scorecard
    ? (
        await Promise.all(
          resolveMeasures(scorecard.measures).map((m) =>
            listComparators(store, { measureKey: m.key, ...shown }),
          ),
        )
      ).flat()
    : [];
  if (!scorecard) throw new NotFoundError("The council's scorecard");
  return scorecardView({ council, scorecard, months, comparators });
}
