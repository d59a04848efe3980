import {
  comparePeriods,
  financialYearOf,
  periodContaining,
  periodsInTerm,
} from '../../../shared/domain';

/**
 * The quarters DfE can look at on the overview: from `yearsBack` financial years ago
 * to the quarter in progress, newest first. (Termly and monthly councils are shown for
 * their period that covers the quarter's end.)
 */
export function overviewPeriods(today: string, yearsBack = 6): string[] {
  const thisYear = financialYearOf(today);
  const start = Number(thisYear.slice(0, 4)) - yearsBack;
  const first = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  const current = periodContaining('quarterly', today);
  return periodsInTerm('quarterly', first, thisYear)
    .filter((period) => comparePeriods(period, current) <= 0)
    .reverse();
}
