/** The pure domain: no I/O, no clock (callers pass `today`/`now`). */
export type { Result } from './result';
export type { FieldError } from './field-error';
export { type Actor, SYSTEM_ACTOR, actorOf } from './actor';
export * from './roles';
export * from './agreement';
export * from './return-content';
export * from './alert';
export type * from './assessment';
export type * from './council';
export * from './overview-row';
export {
  DomainError,
  type DomainErrorKind,
  NotFoundError,
  InvalidError,
  ConflictError,
  StaleVersionError,
  VersionRequiredError,
  NotAllowedError,
} from './errors';
export { checkVersion } from './check-version';
export { isIsoDate, addDays, daysBetween, utcDateOf, formatLongDate } from './dates';
export {
  FINANCIAL_YEAR_PATTERN,
  parseFinancialYear,
  isFinancialYear,
  formatFinancialYear,
  nextFinancialYear,
  previousFinancialYear,
  compareFinancialYears,
  financialYearRange,
  financialYearStart,
  financialYearEnd,
  financialYearOf,
  financialYearContains,
  isWithinTerm,
} from './financial-year';
export {
  PERIOD_PATTERN,
  DEFAULT_RETURN_DUE_DAYS,
  type ParsedPeriod,
  type ReportingTerm,
  parsePeriod,
  isPeriod,
  formatPeriod,
  periodCadence,
  periodFinancialYear,
  periodStart,
  periodEnd,
  periodDueDate,
  isLate,
  periodsInTerm,
  periodContaining,
  previousPeriod,
  nextPeriod,
  comparePeriods,
  periodProblems,
  periodFitsAgreement,
  describePeriod,
} from './periods';
export {
  formatMillions,
  formatPounds,
  formatCount,
  parseMoney,
  describeDeficit,
  describeBalance,
} from './money';
export {
  type AgreementTerms,
  type LockedTranche,
  type VariationCheck,
  checkAgreement,
  checkVariation,
} from './agreement-rules';
export {
  type TrancheState,
  type TrancheDecisionRequest,
  type TrancheDecisionContext,
  type TrancheDecisionError,
  type TrancheDecisionOutcome,
  blockingConditions,
  decideTranche,
} from './tranches';
export {
  REQUIRED_FINANCE,
  REQUIRED_DEMAND,
  checkReturnComplete,
  unknownMitigations,
} from './return-completeness';
export {
  type MitigationTerms,
  type BaselineTerms,
  type PlanTerms,
  checkPlan,
  plannedSavingsIn,
} from './agreement-plan-rules';
export { type SubmittedPeriod, inconsistentReturns } from './variation-returns';
export { type ProfileYear, type RecoveryProfileRow, recoveryProfile } from './recovery-profile';
export { evaluateSavingsShortfall } from './alerts/savings-shortfall';
export {
  DEFAULT_TOLERANCES,
  type ToleranceSettings,
  type DeficitLimits,
  deficitLimits,
  ehcpLimit,
} from './alerts/tolerance';
export {
  type AlertKey,
  type RuleOutcome,
  type ReturnFigures,
  type PlanFigures,
  breach,
} from './alerts/outcome';
export { carryForward } from './carry-forward';
export { type LatestSubmitted, supersedesLatest } from './latest-position';
export {
  type AlertChange,
  type AlertNotification,
  type Finding,
  type RaisedAlert,
  type TrackedAlert,
  decideAlertChange,
  owedNotification,
} from './alerts/alert-lifecycle';
export { evaluateTrajectoryBreach } from './alerts/trajectory-breach';
export { evaluateInYearBreach } from './alerts/in-year-breach';
export { evaluateEhcpGrowth } from './alerts/ehcp-growth';
export {
  CONDITION_STATUS_RANK,
  type ConditionView,
  evaluateCondition,
  evaluateReturnConditions,
} from './alerts/condition-not-met';
export {
  type OverdueCheck,
  type ReturnSchedule,
  evaluateReturnOverdue,
  evaluateOverdueReturns,
} from './alerts/return-overdue';
export { type ForecastPoint, evaluateEarlyWarning } from './alerts/early-warning';
export { type KpiFigures, KPI_RED_MONTHS, evaluateKpiOffTarget } from './alerts/kpi-off-target';
export { type SubmittedReturnCheck, evaluateSubmittedReturn } from './alerts/evaluate-return';
export {
  canEditReturn,
  canSubmitReturn,
  canReviewReturn,
  statusAfterReview,
  isReported,
} from './return-lifecycle';
export { compareAssessments, latestAssessmentByCondition } from './latest-assessments';
export * from './overview';
export * from './compare';
export { type OwedTerm, isPeriodOwed, owesReturns, periodsOwed } from './returns-owed';
export * from './scorecard';
export * from './capital-bids';
export {
  type SavingsReturn,
  type MitigationPlan,
  type MitigationYear,
  type MitigationSavings,
  type SavingsTotal,
  mitigationSavings,
} from './mitigation-savings';
export {
  type BaselineFigures,
  type BaselineBeside,
  baselineValue,
  baselineBeside,
} from './baseline';
export { neutraliseCell, startsLikeFormula } from './spreadsheet-cell';
export { type DecisionRecord, refusalOnceReleased } from './decisions';
export * from './plan-ratings';
export * from './reform-plans';
export * from './stability-grant';
export * from './notifications';
