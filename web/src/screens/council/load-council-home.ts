import { getAgreement, type Agreement } from '../../api/agreement';
import { getReturn, listReturns, type ReturnSummary } from '../../api/returns';
import { listTranches, type TrancheView } from '../../api/tranches';
import { latestReportedPerYear } from '../../returns/trajectory';

export interface CouncilHomeData {
  agreement: Agreement | null;
  returns: ReturnSummary[];
  tranches: TrancheView[];
  /** The forecast of the latest reported return of each year, for the trajectory. */
  forecasts: { period: string; forecastCumulativeDeficit?: number | undefined }[];
}

/** Everything the council's home page shows but its alerts, in as few rounds as it can. */
export async function loadCouncilHome(
  laCode: string,
  signal: AbortSignal,
): Promise<CouncilHomeData> {
  const agreement = await getAgreement(laCode, signal);
  if (!agreement) return { agreement, returns: [], tranches: [], forecasts: [] };
  const [returns, tranches] = await Promise.all([
    listReturns(laCode, signal),
    listTranches(laCode, signal),
  ]);
  const details = await Promise.all(
    latestReportedPerYear(returns).map((period) => getReturn(laCode, period, signal)),
  );
  const forecasts = details.flatMap((detail) =>
    detail
      ? [
          {
            period: detail.period,
            forecastCumulativeDeficit: detail.content.finance?.forecastCumulativeDeficit,
          },
        ]
      : [],
  );
  return { agreement, returns, tranches, forecasts };
}
