import { compareMonths } from './months';

/** A target that holds from a month until a later one replaces it. */
export interface MonthTarget {
  from: string;
  value: number;
}

/** The target in force for a month: the one with the latest `from` not after it. */
export function targetFor(
  targets: readonly MonthTarget[] | undefined,
  month: string,
): number | undefined {
  let found: MonthTarget | undefined;
  for (const target of targets ?? []) {
    if (compareMonths(target.from, month) > 0) continue;
    if (!found || compareMonths(target.from, found.from) > 0) found = target;
  }
  return found?.value;
}
