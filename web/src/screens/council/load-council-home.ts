import { getAgreement, type Agreement } from '../../api/agreement';
import {
  getRecoveryProfile,
  listMitigations,
  type MitigationSavingsList,
  type RecoveryProfile,
} from '../../api/plan';
import { getReturn, listReturns, type ReturnSummary } from '../../api/returns';
import { listTranches, type TrancheView } from '../../api/tranches';
import { latestReportedPerYear } from '../../returns/trajectory';
import type { LatestPlacements } from './BaselineSection';

export interface CouncilHomeData {
  agreement: Agreement | null;
  returns: ReturnSummary[];
  tranches: TrancheView[];
  /** The forecast of the latest reported return of each year, for the trajectory. */
  forecasts: { period: string; forecastCumulativeDeficit?: number | undefined }[];
  profile: RecoveryProfile['items'];
  mitigations: MitigationSavingsList;
  /** The placements of the latest submitted return, for the baseline beside them. */
  latestPlacements?: LatestPlacements;
}

/** Everything the council's home page shows but its alerts, in as few rounds as it can. */
export async function loadCouncilHome(
  laCode: string,
  signal: AbortSignal,
): Promise<CouncilHomeData> {
  const agreement = await getAgreement(laCode, signal);
  if (!agreement) {
    const none = { items: [], totals: [] };
    return { agreement, returns: [], tranches: [], forecasts: [], profile: [], mitigations: none };
  }
  const [returns, tranches, profile, mitigations] = await Promise.all([
    listReturns(laCode, signal),
    listTranches(laCode, signal),
    getRecoveryProfile(laCode, signal),
    listMitigations(laCode, signal),
  ]);
  // The listing carries each return's forecast, so only the latest reported return is
  // read whole (for its placements): the page costs the same however long the history.
  const reported = latestReportedPerYear(returns);
  const byPeriod = new Map(returns.map((r) => [r.period, r]));
  const forecasts = reported.map((period) => ({
    period,
    forecastCumulativeDeficit: byPeriod.get(period)?.forecastCumulativeDeficit,
  }));
  const latestPeriod = reported.at(-1);
  const latest = latestPeriod ? await getReturn(laCode, latestPeriod, signal) : null;
  return {
    agreement,
    returns,
    tranches,
    forecasts,
    profile: profile.items,
    mitigations,
    ...(latest
      ? {
          latestPlacements: {
            period: latest.period,
            ehcpsTotal: latest.content.demand?.ehcpsTotal,
            placements: latest.content.placements,
          },
        }
      : {}),
  };
}
