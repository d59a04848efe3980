import { compareFinancialYears } from './financial-year';
import { comparePeriods, periodFinancialYear } from './periods';

type Rag = 'green' | 'amber' | 'red';

/** A return as the savings view reads it. */
export interface SavingsReturn {
  period: string;
  status: string;
  content: {
    mitigations?:
      | readonly {
          mitigationId: string;
          savingsToDate?: number | undefined;
          forecastSavings?: number | undefined;
          rag?: Rag | undefined;
        }[]
      | undefined;
  };
}

export interface MitigationPlan {
  id: string;
  title: string;
  workstream?: string | undefined;
  plannedSavings: readonly { financialYear: string; amount: number }[];
}

/** One financial year of one mitigation: planned, and the latest submitted figures. */
export interface MitigationYear {
  financialYear: string;
  plannedSavings: number;
  /** The latest submitted return of the year that reports this mitigation. */
  period?: string;
  savingsToDate?: number;
  forecastSavings?: number;
  rag?: Rag;
}

export interface MitigationSavings {
  id: string;
  title: string;
  workstream?: string;
  plannedSavings: { financialYear: string; amount: number }[];
  years: MitigationYear[];
}

export interface SavingsTotal {
  financialYear: string;
  plannedSavings: number;
  /** Summed over the mitigations the year's latest returns report; absent when none do. */
  savingsToDate?: number;
  forecastSavings?: number;
}

/** Submitted and not sent back: the figures DfE has (a returned one is being corrected). */
const SUBMITTED: ReadonlySet<string> = new Set(['submitted', 'accepted']);

/**
 * `GET …/mitigations`: each mitigation with its planned savings by year and, per
 * financial year, the latest submitted return's savings to date, forecast and RAG; and
 * the totals over every mitigation, year by year (planned against forecast). Years are
 * those with planned savings or a submitted report, oldest first.
 */
export function mitigationSavings(
  mitigations: readonly MitigationPlan[],
  returns: readonly SavingsReturn[],
): { items: MitigationSavings[]; totals: SavingsTotal[] } {
  const submitted = returns
    .filter((r) => SUBMITTED.has(r.status))
    .sort((a, b) => comparePeriods(b.period, a.period));

  const items = mitigations.map((mitigation): MitigationSavings => {
    const years = new Set(mitigation.plannedSavings.map((s) => s.financialYear));
    for (const r of submitted) {
      if (r.content.mitigations?.some((x) => x.mitigationId === mitigation.id))
        years.add(periodFinancialYear(r.period));
    }
    const byYear = [...years].sort(compareFinancialYears).map((financialYear): MitigationYear => {
      const year: MitigationYear = {
        financialYear,
        plannedSavings: mitigation.plannedSavings
          .filter((s) => s.financialYear === financialYear)
          .reduce((sum, s) => sum + s.amount, 0),
      };
      for (const r of submitted) {
        if (periodFinancialYear(r.period) !== financialYear) continue;
        const report = r.content.mitigations?.find((x) => x.mitigationId === mitigation.id);
        if (!report) continue;
        year.period = r.period;
        if (report.savingsToDate !== undefined) year.savingsToDate = report.savingsToDate;
        if (report.forecastSavings !== undefined) year.forecastSavings = report.forecastSavings;
        if (report.rag !== undefined) year.rag = report.rag;
        break;
      }
      return year;
    });
    return {
      id: mitigation.id,
      title: mitigation.title,
      ...(mitigation.workstream === undefined ? {} : { workstream: mitigation.workstream }),
      plannedSavings: mitigation.plannedSavings.map((s) => ({ ...s })),
      years: byYear,
    };
  });

  const totals = new Map<string, SavingsTotal>();
  for (const item of items) {
    for (const year of item.years) {
      const total = totals.get(year.financialYear) ?? {
        financialYear: year.financialYear,
        plannedSavings: 0,
      };
      total.plannedSavings += year.plannedSavings;
      if (year.savingsToDate !== undefined)
        total.savingsToDate = (total.savingsToDate ?? 0) + year.savingsToDate;
      if (year.forecastSavings !== undefined)
        total.forecastSavings = (total.forecastSavings ?? 0) + year.forecastSavings;
      totals.set(year.financialYear, total);
    }
  }
  return {
    items,
    totals: [...totals.values()].sort((a, b) =>
      compareFinancialYears(a.financialYear, b.financialYear),
    ),
  };
}
