import type { Principal } from '../../../shared/auth';
import { getScorecardMonth } from '../../../shared/data/scorecards/get-scorecard-month';
import { formatMonth, NotFoundError } from '../../../shared/domain';
import type { AppDeps } from '../env';
import { councilOrNotFound } from './require-council';
import { scorecardMonthView } from './scorecard-month-view';

/** A month's figures; not found before the month's first save. */
export async function readScorecardMonth(
  deps: AppDeps,
  _principal: Principal,
  request: { laCode: string; month: string },
) {
  const [, record] = await Promise.all([
    councilOrNotFound(deps.store, request.laCode),
    getScorecardMonth(deps.store, request.laCode, request.month),
  ]);
  if (!record) throw new NotFoundError(`Figures for ${formatMonth(request.month)}`);
  return scorecardMonthView(record);
}
