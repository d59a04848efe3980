export {
  type ScorecardUnit,
  type BetterDirection,
  type MeasureDefinition,
  MEASURE_UNITS,
  BETTER_DIRECTIONS,
  MEASURE_CATALOGUE,
  catalogueMeasure,
  isWorse,
} from './measures';
export {
  MONTH_PATTERN,
  isMonth,
  addMonths,
  compareMonths,
  monthOf,
  isFutureMonth,
  monthFinancialYear,
  monthsInFinancialYear,
  monthPeriod,
  monthEnd,
  monthsBetween,
  formatMonth,
} from './months';
export { type MonthTarget, targetFor } from './targets';
export { type Trend, TREND_MONTHS, trendOf } from './trend';
export { valueProblem } from './values';
export {
  type ScorecardMeasureInput,
  type ScorecardMeasure,
  type MonthValue,
  checkScorecard,
  resolveMeasures,
  checkMonthValues,
} from './scorecard-rules';
