import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getScorecard } from '../../../shared/data/scorecards/get-scorecard';
import { getScorecardMonth } from '../../../shared/data/scorecards/get-scorecard-month';
import { putScorecardMonth } from '../../../shared/data/scorecards/put-scorecard-month';
import type { ScorecardMonthRecord } from '../../../shared/data/scorecards/scorecard-record';
import {
  checkMonthValues,
  checkVersion,
  formatMonth,
  InvalidError,
  resolveMeasures,
  StaleVersionError,
} from '../../../shared/domain';
import type { ScorecardMonthInput } from '../../../shared/schemas/scorecard';
import type { AppDeps } from '../env';
import { councilOrNotFound } from './require-council';
import { scorecardMonthView } from './scorecard-month-view';

/**
 * Saves a month's scorecard figures, with a note where the council gives one. The first
 * save creates version 1; later saves name the version they change (`If-Match`). The
 * month must have begun, every key must be on the council's scorecard, and each figure
 * must fit its measure's unit.
 */
export async function saveScorecardMonth(
  deps: AppDeps,
  principal: Principal,
  request: {
    laCode: string;
    month: string;
    input: ScorecardMonthInput;
    ifMatch: string | undefined;
  },
) {
  const { laCode, month, input, ifMatch } = request;
  const { store } = deps;
  const now = (deps.now ?? (() => new Date()))();
  await councilOrNotFound(store, laCode);
  const [scorecard, previous] = await Promise.all([
    getScorecard(store, laCode),
    getScorecardMonth(store, laCode, month),
  ]);
  checkVersion(ifMatch, previous?.version);
  const errors = checkMonthValues({
    month,
    now,
    values: input.values,
    measures: resolveMeasures(scorecard?.measures ?? []),
  });
  if (errors.length > 0)
    throw new InvalidError(`The figures for ${formatMonth(month)} cannot be saved.`, errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const next: ScorecardMonthRecord = {
    laCode,
    month,
    version: (previous?.version ?? 0) + 1,
    values: input.values,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await putScorecardMonth(
      store,
      {
        previousVersion: previous?.version,
        next,
        audit: {
          actor,
          action: previous ? 'scorecard.month.saved' : 'scorecard.month.created',
          entity: `scorecard ${month}`,
          ...(previous ? { before: { version: previous.version, values: previous.values } } : {}),
          after: { version: next.version, values: next.values },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        `Someone else saved the figures for ${formatMonth(month)} at the same time. Reload them to see their changes.`,
      );
    }
    throw error;
  }
  return { created: !previous, month: scorecardMonthView(next) };
}
