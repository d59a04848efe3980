import type { Principal } from '../../../shared/auth';
import { getComparator } from '../../../shared/data/comparators/get-comparator';
import type { ComparatorRecord } from '../../../shared/data/comparators/comparator-record';
import { putComparator } from '../../../shared/data/comparators/put-comparator';
import { ConditionFailedError } from '../../../shared/data/errors';
import {
  catalogueMeasure,
  checkVersion,
  formatMonth,
  InvalidError,
  isFutureMonth,
  NotFoundError,
  StaleVersionError,
  valueProblem,
  type FieldError,
} from '../../../shared/domain';
import type { ComparatorInput } from '../../../shared/schemas/scorecard';
import type { AppDeps } from '../env';

/**
 * Records the published comparators of a catalogue measure for a month (national, by
 * region, a council's statistical-neighbour average) with their source, replacing any
 * entered before. `If-Match` is optional here: when sent, it must name the current version.
 */
export async function publishComparator(
  deps: AppDeps,
  principal: Principal,
  request: { key: string; month: string; input: ComparatorInput; ifMatch: string | undefined },
) {
  const { key, month, input, ifMatch } = request;
  const { store } = deps;
  const now = (deps.now ?? (() => new Date()))();
  const measure = catalogueMeasure(key);
  if (!measure) throw new NotFoundError(`The catalogue measure ${key}`);
  const previous = await getComparator(store, key, month);
  if (ifMatch !== undefined) checkVersion(ifMatch, previous?.version);

  const errors: FieldError[] = [];
  if (isFutureMonth(month, now))
    errors.push({ path: 'month', message: 'must not be after the current month' });
  const check = (path: string, value: number | undefined) => {
    const problem = value === undefined ? undefined : valueProblem(measure.unit, value);
    if (problem) errors.push({ path, message: problem });
  };
  check('national', input.national);
  for (const [region, value] of Object.entries(input.regions ?? {}))
    check(`regions.${region}`, value);
  for (const [laCode, value] of Object.entries(input.statisticalNeighbours ?? {}))
    check(`statisticalNeighbours.${laCode}`, value);
  if (
    input.national === undefined &&
    Object.keys(input.regions ?? {}).length === 0 &&
    Object.keys(input.statisticalNeighbours ?? {}).length === 0
  )
    errors.push({ path: 'national', message: 'give at least one comparator' });
  if (errors.length > 0)
    throw new InvalidError(
      `The comparators for ${measure.title}, ${formatMonth(month)}, cannot be saved.`,
      errors,
    );

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const next: ComparatorRecord = {
    key,
    month,
    ...(input.national === undefined ? {} : { national: input.national }),
    ...(input.regions ? { regions: input.regions } : {}),
    ...(input.statisticalNeighbours ? { statisticalNeighbours: input.statisticalNeighbours } : {}),
    source: input.source,
    version: (previous?.version ?? 0) + 1,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await putComparator(
      store,
      {
        previousVersion: previous?.version,
        next,
        audit: {
          actor,
          action: previous ? 'comparator.replaced' : 'comparator.published',
          entity: `comparator ${key} ${month}`,
          ...(previous ? { before: previous } : {}),
          after: next,
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else saved these comparators at the same time. Reload them to see their changes.',
      );
    }
    throw error;
  }
  return { created: !previous, comparator: next };
}
