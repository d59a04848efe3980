import { countCalls } from '../support/count-calls';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';
import { quarters } from '../support/history-builder';
import { median, percentile, startBenchApi, time, type BenchResult } from './harness';

const PERIODS = quarters(20);
/** The API compares at most 20 councils at once. */
const COMPARED = 20;

async function populated(endpoint: string, councils: number) {
  const api = await startBenchApi(endpoint);
  for (let i = 0; i < councils; i += 5) {
    await Promise.all(
      Array.from({ length: Math.min(5, councils - i) }, async (_, k) => {
        const laCode = String(100 + i + k);
        await buildCouncil(api.store, laCode, `Council ${laCode}`);
        for (let p = 0; p < PERIODS.length; p += 4) {
          await Promise.all(
            PERIODS.slice(p, p + 4).map((period, j) =>
              buildSubmittedReturn(
                api.store,
                laCode,
                period,
                completeReturn({
                  finance: {
                    ...completeReturn().finance!,
                    forecastCumulativeDeficit: 9_000_000 + j,
                  },
                }),
              ),
            ),
          );
        }
      }),
    );
  }
  return api;
}

/**
 * `compare` of one return measure over 20 periods, with 15 councils and with 150 in the
 * table: all 15, and the 20 the API allows at once, requests interleaved.
 */
export async function benchCompare(endpoint: string, rounds = 40): Promise<BenchResult> {
  const small = await populated(endpoint, 15);
  const large = await populated(endpoint, 150);
  const path = (count: number) =>
    `/api/v1/compare?measure=finance.forecastCumulativeDeficit&from=${PERIODS[0]}&to=${PERIODS.at(-1)}&laCodes=${Array.from({ length: count }, (_, i) => String(100 + i)).join(',')}`;
  const get = async (api: typeof small, count: number) => {
    const token = await api.identity.issueToken({ sub: 'bench', role: 'dfe-reviewer' });
    return async () => {
      const res = await fetch(`${api.url}${path(count)}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (res.status !== 200) throw new Error(`compare: ${res.status}`);
      await res.arrayBuffer();
    };
  };
  const s = await get(small, 15);
  const l = await get(large, COMPARED);
  for (let i = 0; i < 5; i++) {
    await s();
    await l();
  }
  const ts: number[] = [];
  const tl: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ts.push(await time(s));
    tl.push(await time(l));
  }
  const calls = async (api: typeof small, run: () => Promise<void>) => {
    const counter = countCalls(api.store.db);
    await run();
    counter.stop();
    return counter.calls.length;
  };
  const callsSmall = await calls(small, s);
  const callsLarge = await calls(large, l);
  await small.close();
  await large.close();
  const ratio = median(tl) / median(ts);
  return {
    name: 'Compare: one return measure over 20 periods, 15 vs 150 councils',
    rows: [
      {
        councils: '15 (all compared)',
        'median ms': median(ts).toFixed(1),
        'p99 ms': percentile(ts, 99).toFixed(1),
        'DynamoDB calls': callsSmall,
        'calls constant': '',
        ratio: '',
      },
      {
        councils: `150 (${COMPARED} compared, the API's limit)`,
        'median ms': median(tl).toFixed(1),
        'p99 ms': percentile(tl, 99).toFixed(1),
        'DynamoDB calls': callsLarge,
        'calls constant': callsSmall === callsLarge ? 'yes' : 'no',
        ratio: ratio.toFixed(2),
      },
    ],
    goal: 'at 150 councils at most 2 × at 15, in a constant number of queries',
    met: ratio <= 2 && callsSmall === callsLarge,
  };
}
