import type { Agreement } from './agreement';
import type { Alert } from './alert';
import type { Council } from './council';
import type { OverviewQuery, OverviewRow } from './overview-row';
import type { ReturnDraft, ReturnStatus } from './return-content';
import { isPeriodOwed, owesReturns } from './returns-owed';
import { DEFAULT_TOLERANCES } from './alerts/tolerance';
import { utcDateOf } from './dates';
import type { ReformPlanStatus } from './reform-plans';
import { assessStabilityGrant, type DeficitFigure, type Determination } from './stability-grant';
import type { LatestSubmitted } from './latest-position';
import {
  comparePeriods,
  periodContaining,
  periodDueDate,
  periodEnd,
  periodFinancialYear,
  previousPeriod,
} from './periods';

/**
 * What the overview reads of an agreement: its terms, the planned deficit of the years it
 * shows (the trajectory may hold only those) and the tranches' terms.
 */
export type OverviewAgreement = Pick<
  Agreement,
  'laCode' | 'programme' | 'status' | 'firstYear' | 'lastYear' | 'cadence' | 'returnDueDays'
> & {
  tolerances?: { cumulativeDeficitAbs?: number };
  trajectory: readonly Pick<
    Agreement['trajectory'][number],
    'financialYear' | 'plannedCumulativeDeficit'
  >[];
  tranches: readonly Pick<
    Agreement['tranches'][number],
    'id' | 'financialYear' | 'amount' | 'dueOn'
  >[];
};

export interface OverviewInputs {
  period: string;
  now: Date;
  councils: readonly Council[];
  agreements: readonly OverviewAgreement[];
  returns: readonly {
    laCode: string;
    period: string;
    status: ReturnStatus;
    submittedAt?: string;
    content: ReturnDraft;
  }[];
  tranches: readonly { laCode: string; trancheId: string; status: string }[];
  /** The open alerts; any other is not counted (an acknowledged one is in hand). */
  openAlerts: readonly Pick<Alert, 'laCode' | 'severity' | 'status'>[];
  /** Each council's latest submitted return of any period. */
  latest?: readonly (LatestSubmitted & { laCode: string })[];
  /** Each council's reform plan status; a council without a plan is absent. */
  reformPlans?: readonly { laCode: string; status: ReformPlanStatus }[];
  /** Each council's stability grant figures and whether it is paid. */
  stabilityGrants?: readonly {
    laCode: string;
    sources: readonly DeficitFigure[];
    determination?: Determination;
    paid?: { grant: number };
  }[];
}

/**
 * The period a council reports for at the end of the requested one: the same period
 * when the cadences match, otherwise the council's own period containing that date.
 */
export function councilPeriodFor(period: string, cadence: Agreement['cadence']): string {
  return periodContaining(cadence, periodEnd(period));
}

/**
 * Variance as a percentage of the plan's magnitude, to one decimal place; none when the
 * plan is zero (any variance from a balanced plan has no meaningful percentage).
 */
export function variancePct(variance: number, planned: number): number | null {
  if (planned === 0) return null;
  // Halves round away from zero, as money does.
  const tenths = Math.round((Math.abs(variance) * 1000) / Math.abs(planned));
  return (Math.sign(variance) * tenths) / 10;
}

/**
 * A variance as a percentage of a plan smaller than the agreement's absolute tolerance
 * says nothing (+5,866.7% against a £60,000 surplus): such a variance is given in pounds.
 */
function percentageSaysSomething(
  planned: number,
  agreement: OverviewAgreement | undefined,
): boolean {
  const absolute =
    agreement?.tolerances?.cumulativeDeficitAbs ?? DEFAULT_TOLERANCES.cumulativeDeficitAbs;
  return Math.abs(planned) >= absolute;
}

/** One row per council, councils without a return for the period included as `missing`. */
export function overviewRows(inputs: OverviewInputs): OverviewRow[] {
  const agreements = new Map(inputs.agreements.map((a) => [a.laCode, a]));
  const returns = new Map(inputs.returns.map((r) => [`${r.laCode}#${r.period}`, r]));
  // Grouped once, so each row costs the same however many councils there are.
  const alertsOf = byCouncil(inputs.openAlerts);
  const trancheStatesOf = byCouncil(inputs.tranches);
  const latestOf = new Map((inputs.latest ?? []).map((l) => [l.laCode, l]));
  const plans = new Map((inputs.reformPlans ?? []).map((p) => [p.laCode, p.status]));
  const grants = new Map((inputs.stabilityGrants ?? []).map((g) => [g.laCode, g]));
  const financialYear = periodFinancialYear(inputs.period);
  const today = utcDateOf(inputs.now.toISOString());

  // Worked out once per distinct set of terms: the period arithmetic is most of a row's cost.
  const reportingOf = new Map<string, { period: string; dueOn: string | null }>();
  const reporting = (agreement: OverviewAgreement) => {
    const terms = agreement as OverviewAgreement & { signedOn?: string };
    const key = [
      terms.cadence,
      terms.status,
      terms.firstYear,
      terms.lastYear,
      terms.signedOn,
      terms.returnDueDays,
    ].join('|');
    let found = reportingOf.get(key);
    if (!found) {
      const period = councilPeriodFor(inputs.period, agreement.cadence);
      // A proposed, rejected or completed agreement owes no return, so none is due or late;
      // nor does any agreement for a period outside its term or over before it was signed.
      const owes = owesReturns(agreement.status) && isPeriodOwed(period, terms);
      found = { period, dueOn: owes ? periodDueDate(period, agreement.returnDueDays) : null };
      reportingOf.set(key, found);
    }
    return found;
  };

  return inputs.councils.map((council) => {
    const agreement = agreements.get(council.laCode);
    const { period, dueOn } = agreement ? reporting(agreement) : { period: null, dueOn: null };
    const ret = period ? returns.get(`${council.laCode}#${period}`) : undefined;
    const submitted = ret?.submittedAt !== undefined;
    const forecast = submitted ? (ret?.content.finance?.forecastCumulativeDeficit ?? null) : null;
    const planned =
      agreement?.trajectory.find((t) => t.financialYear === financialYear)
        ?.plannedCumulativeDeficit ?? null;
    const variance = forecast !== null && planned !== null ? forecast - planned : null;
    const latest = latestPosition(latestOf.get(council.laCode), agreement);
    // Open alerts only: one acknowledged has been seen and has a note of what is being
    // done, so it no longer counts against the council (nor turns its RAG red).
    const alerts = (alertsOf.get(council.laCode) ?? []).filter((a) => a.status === 'open');
    const openAlerts = {
      amber: alerts.filter((a) => a.severity === 'amber').length,
      red: alerts.filter((a) => a.severity === 'red').length,
    };
    const states = new Map(
      (trancheStatesOf.get(council.laCode) ?? []).map((t) => [t.trancheId, t.status]),
    );
    const tranches = (agreement?.tranches ?? []).map((t) => ({
      ...t,
      status: states.get(t.id) ?? 'scheduled',
    }));
    const reformPlanStatus = plans.get(council.laCode) ?? 'none';
    const grantFacts = grants.get(council.laCode);
    const grant = assessStabilityGrant({
      sources: grantFacts?.sources ?? [],
      ...(grantFacts?.determination ? { determination: grantFacts.determination } : {}),
      paid: grantFacts?.paid !== undefined,
      planStatus: reformPlanStatus,
    });
    const next = tranches
      .filter((t) => t.status !== 'released')
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
    return {
      laCode: council.laCode,
      name: council.name,
      ...(council.region ? { region: council.region } : {}),
      programme: agreement?.programme ?? null,
      agreementStatus: agreement?.status ?? null,
      period,
      returnStatus: ret?.status ?? 'missing',
      dueOn,
      late: dueOn !== null && utcDateOf(ret?.submittedAt ?? today) > dueOn,
      financialYear,
      forecastCumulativeDeficit: forecast,
      plannedCumulativeDeficit: planned,
      variance,
      variancePct:
        variance !== null && planned !== null && percentageSaysSomething(planned, agreement)
          ? variancePct(variance, planned)
          : null,
      openAlerts,
      rag: openAlerts.red > 0 ? 'red' : openAlerts.amber > 0 ? 'amber' : 'green',
      dfePaidToDate: tranches
        .filter((t) => t.status === 'released')
        .reduce((sum, t) => sum + t.amount, 0),
      nextTranche: next
        ? {
            id: next.id,
            financialYear: next.financialYear,
            amount: next.amount,
            dueOn: next.dueOn,
            status: next.status as 'scheduled',
          }
        : null,
      latest,
      reformPlanStatus,
      stabilityGrant: { status: grant.status, grant: grantFacts?.paid?.grant ?? grant.grant },
    } satisfies OverviewRow;
  });
}

/** The latest known position: the latest submitted return's forecast against its year's plan. */
function latestPosition(
  latest: LatestSubmitted | undefined,
  agreement: OverviewAgreement | undefined,
): OverviewRow['latest'] {
  if (!latest) return null;
  const forecast = latest.forecastCumulativeDeficit ?? null;
  const planned =
    agreement?.trajectory.find((t) => t.financialYear === latest.financialYear)
      ?.plannedCumulativeDeficit ?? null;
  return {
    period: latest.period,
    forecastCumulativeDeficit: forecast,
    plannedCumulativeDeficit: planned,
    variance: forecast !== null && planned !== null ? forecast - planned : null,
  };
}

/**
 * The period the overview opens on: the latest quarter, due by today, that any council
 * has submitted a return for (so reviewers land where the figures are), else the latest
 * quarter whose returns have fallen due.
 */
export function defaultOverviewPeriod(
  today: string,
  latest: readonly Pick<LatestSubmitted, 'period'>[],
): string {
  const due = latestDuePeriod(today);
  const reported = latest
    .map((l) => periodContaining('quarterly', periodEnd(l.period)))
    .filter((quarter) => comparePeriods(quarter, due) <= 0)
    .sort(comparePeriods)
    .at(-1);
  return reported ?? due;
}

/** Items grouped by council (Map.groupBy once Node 20 is gone). */
function byCouncil<T extends { laCode: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.laCode);
    if (group) group.push(item);
    else groups.set(item.laCode, [item]);
  }
  return groups;
}

/** Rows matching the filters, in the order asked for: worst variance first, late first, or by name. */
export function filterAndSortRows(
  rows: OverviewRow[],
  query: Omit<OverviewQuery, 'period'>,
): OverviewRow[] {
  const kept = rows.filter(
    (r) =>
      (!query.programme || r.programme === query.programme) &&
      (!query.returnStatus || r.returnStatus === query.returnStatus) &&
      (!query.severity || r.openAlerts[query.severity] > 0),
  );
  const byName = (a: OverviewRow, b: OverviewRow) => a.name.localeCompare(b.name);
  // Rows without a figure go last, whichever way the figures sort.
  const desc = (x: number | null, y: number | null) =>
    x === y ? 0 : x === null ? 1 : y === null ? -1 : y - x;
  const compare: Record<
    NonNullable<OverviewQuery['sort']>,
    (a: OverviewRow, b: OverviewRow) => number
  > = {
    name: byName,
    variance: (a, b) => desc(a.variance, b.variance) || byName(a, b),
    variancePct: (a, b) => desc(a.variancePct, b.variancePct) || byName(a, b),
    late: (a, b) => Number(b.late) - Number(a.late) || byName(a, b),
  };
  return kept.sort(compare[query.sort ?? 'name']);
}

/** The latest quarter whose returns have fallen due by `today` (the overview's default period). */
export function latestDuePeriod(today: string, returnDueDays = 30): string {
  let period = periodContaining('quarterly', today);
  while (periodDueDate(period, returnDueDays) > today) {
    const previous = previousPeriod(period);
    if (!previous) break;
    period = previous;
  }
  return period;
}
