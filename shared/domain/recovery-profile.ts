import { compareFinancialYears } from './financial-year';

/** A trajectory year as the recovery profile reads it (whole pounds). */
export interface ProfileYear {
  financialYear: string;
  plannedCumulativeDeficit: number;
  mitigatedCumulativeDeficit?: number | undefined;
  unmitigatedCumulativeDeficit?: number | undefined;
  programmeCost?: number | undefined;
  councilContribution?: number | undefined;
}

/** One row of the DSG recovery profile, in the DSG management plan's shape. */
export interface RecoveryProfileRow {
  financialYear: string;
  unmitigatedCumulativeDeficit?: number;
  mitigatedCumulativeDeficit?: number;
  afterEarlierContributions?: number;
  dfeContribution: number;
  councilContribution: number;
  programmeCost: number;
  plannedCumulativeDeficit: number;
  reconciles: boolean;
  difference: number;
}

/**
 * The recovery profile of `GET …/agreement/recovery-profile`, one row per trajectory
 * year, oldest first:
 * - `dfeContribution`: the tranche amounts of the year (0 when none);
 * - `afterEarlierContributions` = `mitigatedCumulativeDeficit` − the DfE and council
 *   contributions of every earlier year (Bury's "Post PSV"), absent without `mitigated…`;
 * - `difference` = planned − (afterEarlier − dfeContribution − councilContribution +
 *   programmeCost), and the year `reconciles` when it is 0 (always, without `mitigated…`).
 * Earlier years' DfE contributions count every tranche of an earlier year, even one in
 * a year the trajectory does not list.
 */
export function recoveryProfile(
  trajectory: readonly ProfileYear[],
  tranches: readonly { financialYear: string; amount: number }[],
): RecoveryProfileRow[] {
  const dfeIn = (year: string) =>
    tranches.filter((t) => t.financialYear === year).reduce((sum, t) => sum + t.amount, 0);
  const dfeBefore = (year: string) =>
    tranches
      .filter((t) => compareFinancialYears(t.financialYear, year) < 0)
      .reduce((sum, t) => sum + t.amount, 0);
  const years = [...trajectory].sort((a, b) =>
    compareFinancialYears(a.financialYear, b.financialYear),
  );
  const councilBefore = (year: string) =>
    years
      .filter((y) => compareFinancialYears(y.financialYear, year) < 0)
      .reduce((sum, y) => sum + (y.councilContribution ?? 0), 0);

  return years.map((year) => {
    const fy = year.financialYear;
    const dfeContribution = dfeIn(fy);
    const councilContribution = year.councilContribution ?? 0;
    const programmeCost = year.programmeCost ?? 0;
    const row: RecoveryProfileRow = {
      financialYear: fy,
      dfeContribution,
      councilContribution,
      programmeCost,
      plannedCumulativeDeficit: year.plannedCumulativeDeficit,
      reconciles: true,
      difference: 0,
    };
    if (year.unmitigatedCumulativeDeficit !== undefined)
      row.unmitigatedCumulativeDeficit = year.unmitigatedCumulativeDeficit;
    if (year.mitigatedCumulativeDeficit !== undefined) {
      const after = year.mitigatedCumulativeDeficit - dfeBefore(fy) - councilBefore(fy);
      const difference =
        year.plannedCumulativeDeficit -
        (after - dfeContribution - councilContribution + programmeCost);
      row.mitigatedCumulativeDeficit = year.mitigatedCumulativeDeficit;
      row.afterEarlierContributions = after;
      row.difference = difference;
      row.reconciles = difference === 0;
    }
    return row;
  });
}
