import { addDays, periodEnd, PLACEMENT_FIELDS } from '../../../shared/domain';
import type {
  ConditionReport,
  ConditionStatus,
  Finance,
  Placements,
} from '../../../shared/schemas/return-content';
import { at } from './seed-writes';

/**
 * Building blocks of the demo returns. The figures they produce are illustrative: each
 * council's module says which inputs are real and which are not, and every return's
 * narrative says so too.
 */

/** The sentence every demo return's narrative starts with. */
export const ILLUSTRATIVE_RETURN =
  "Illustrative demo return: the figures in this return are not from the council's reports.";

/** Rounds to the nearest thousand pounds, as returns report. */
export const thousands = (pounds: number) => Math.round(pounds / 1000) * 1000;

/**
 * A return's finance section, kept consistent: the in-year DSG balance is the movement
 * of the cumulative deficit from the last year end (positive = the deficit fell), and it
 * includes any Safety Valve payment received in the year, so the high needs block's own
 * result (income − expenditure) is the in-year balance less that payment.
 */
export function financeOf(figures: {
  income: number;
  previousYearEndDeficit: number;
  forecastCumulativeDeficit: number;
  safetyValvePayment?: number;
  savingsTarget?: number;
  savingsAchieved?: number;
}): Finance {
  const inYear = figures.previousYearEndDeficit - figures.forecastCumulativeDeficit;
  const highNeedsResult = inYear - (figures.safetyValvePayment ?? 0);
  return {
    highNeedsIncome: figures.income,
    highNeedsExpenditure: figures.income - highNeedsResult,
    forecastInYearBalance: inYear,
    forecastCumulativeDeficit: figures.forecastCumulativeDeficit,
    ...(figures.savingsTarget === undefined ? {} : { savingsTarget: figures.savingsTarget }),
    ...(figures.savingsAchieved === undefined ? {} : { savingsAchieved: figures.savingsAchieved }),
  };
}

export type PlacementShares = Record<Exclude<keyof Placements, 'other'>, number>;

/**
 * Children with EHCPs by setting: each share of the total rounded down, and `other`
 * (home education, NEET) taking 1.5% or what is left, so placements never add up to
 * more than the EHCPs maintained (a submission rule). A fixed count may replace a share.
 */
export function placementsOf(
  ehcpsTotal: number,
  shares: PlacementShares,
  fixed: Partial<Placements> = {},
): Placements {
  const placed = Object.fromEntries(
    Object.entries(shares).map(([field, share]) => [
      field,
      fixed[field as keyof Placements] ?? Math.floor(ehcpsTotal * share),
    ]),
  ) as Omit<Placements, 'other'>;
  const sum = Object.values(placed).reduce((a, b) => a + b, 0);
  const placements: Placements = {
    ...placed,
    other: Math.max(0, Math.min(Math.floor(ehcpsTotal * 0.015), ehcpsTotal - sum)),
  };
  const total = PLACEMENT_FIELDS.reduce((a, field) => a + placements[field], 0);
  if (total > ehcpsTotal) {
    throw new Error(`demo placements add up to ${total}, more than ${ehcpsTotal} EHCPs`);
  }
  return placements;
}

export function condition(
  conditionId: string,
  status: ConditionStatus,
  statement: string,
  evidence?: string,
): ConditionReport {
  return { conditionId, status, statement, ...(evidence ? { evidence } : {}) };
}

/**
 * The times a return was worked on, counted in days after its period ended; a day that
 * falls at a weekend moves to the Monday after, as officers work on weekdays.
 */
export function daysAfter(period: string, days: number, time = '10:00'): Date {
  const date = addDays(periodEnd(period), days);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const toMonday = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return at(addDays(date, toMonday), time);
}

/** A whole percentage with one decimal place. */
export const pct = (value: number) => Math.round(value * 10) / 10;

/** An amount split over years in whole thousands of pounds; the last year takes the rest. */
export function splitOver(amount: number, years: string[]): Map<string, number> {
  const each = Math.floor(amount / years.length / 1000) * 1000;
  return new Map(years.map((year, i) => [year, i === years.length - 1 ? amount - each * i : each]));
}

/** Whole millions as they are written in reports: `£63m`, `£26.8m`. */
export const millions = (pounds: number) => `£${Math.round(pounds / 100_000) / 10}m`;
