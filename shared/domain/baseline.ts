/** A baseline as these functions read it (see `baseline` on the agreement). */
export interface BaselineFigures {
  asAt: string;
  ehcpsTotal: number;
  placements?: Readonly<Record<string, number | undefined>>;
}

type Placements = Readonly<Record<string, number | undefined>>;

/** A share of EHCPs as a percentage to one decimal. */
const share = (count: number, total: number) => Math.round((count * 1000) / total) / 10;

/** INMSS: independent and non-maintained special schools, counted together as councils do. */
function inmss(placements: Placements): number | undefined {
  const a = placements.independentSpecial;
  const b = placements.nonMaintainedSpecial;
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}

/**
 * A comparison measure's value at the baseline (the `baseline` point of `compare`), where
 * it gives one: `demand.ehcpsTotal`, a placement count, or a placement's share. A
 * baseline may name only some settings, so its shares are over its EHCPs in total.
 */
export function baselineValue(baseline: BaselineFigures, measure: string): number | undefined {
  if (measure === 'demand.ehcpsTotal') return baseline.ehcpsTotal;
  const [section, field = ''] = measure.split('.');
  if (section !== 'placements') return undefined;
  if (field.endsWith('Pct')) {
    const count = baseline.placements?.[field.slice(0, -3)];
    return count === undefined || baseline.ehcpsTotal === 0
      ? undefined
      : share(count, baseline.ehcpsTotal);
  }
  return baseline.placements?.[field];
}

export interface BaselineBeside {
  asAt: string;
  period: string;
  ehcps: { then: number; now?: number };
  /** The share of EHCPs in mainstream schools, then and now (percent, one decimal). */
  mainstreamPct: { then?: number; now?: number };
  /** Children in independent or non-maintained special schools, then, now and the change. */
  inmss: { then?: number; now?: number; change?: number };
}

/**
 * The baseline beside a return's placements: the share in mainstream then and now, and
 * the change in INMSS placements. Shares are over the EHCPs maintained (the return's
 * `demand.ehcpsTotal`), as the baseline's are.
 */
export function baselineBeside(
  baseline: BaselineFigures,
  latest: { period: string; ehcpsTotal?: number | undefined; placements?: Placements | undefined },
): BaselineBeside {
  const then = baseline.placements ?? {};
  const now = latest.placements ?? {};
  const total = latest.ehcpsTotal;
  const mainstreamThen = then.mainstream;
  const mainstreamNow = now.mainstream;
  const inmssThen = inmss(then);
  const inmssNow = inmss(now);
  return {
    asAt: baseline.asAt,
    period: latest.period,
    ehcps: { then: baseline.ehcpsTotal, ...(total === undefined ? {} : { now: total }) },
    mainstreamPct: {
      ...(mainstreamThen === undefined || baseline.ehcpsTotal === 0
        ? {}
        : { then: share(mainstreamThen, baseline.ehcpsTotal) }),
      ...(mainstreamNow === undefined || !total ? {} : { now: share(mainstreamNow, total) }),
    },
    inmss: {
      ...(inmssThen === undefined ? {} : { then: inmssThen }),
      ...(inmssNow === undefined ? {} : { now: inmssNow }),
      ...(inmssThen === undefined || inmssNow === undefined
        ? {}
        : { change: inmssNow - inmssThen }),
    },
  };
}
