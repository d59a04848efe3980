import { completeReturn } from '../support/fixtures';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { median, percentile, startBenchApi, time, type BenchResult } from './harness';

const PERIODS = [
  '2023-24-Q1',
  '2023-24-Q2',
  '2023-24-Q3',
  '2023-24-Q4',
  '2024-25-Q1',
  '2024-25-Q2',
  '2024-25-Q3',
  '2024-25-Q4',
];

async function populated(endpoint: string, councils: number) {
  const api = await startBenchApi(endpoint);
  for (let i = 0; i < councils; i++) {
    const laCode = String(100 + i);
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    await Promise.all(
      PERIODS.map((p, j) =>
        buildSubmittedReturn(
          api.store,
          laCode,
          p,
          completeReturn({
            finance: {
              ...completeReturn().finance!,
              forecastCumulativeDeficit: 9_000_000 + i * 1000 + j,
            },
          }),
        ),
      ),
    );
  }
  return api;
}

/**
 * The DfE overview and the alerts across councils at 15 and at 150 councils with eight
 * returns each, requests interleaved so both sides share the machine's noise.
 */
export async function benchOverviewScaling(endpoint: string, rounds = 60): Promise<BenchResult[]> {
  const small = await populated(endpoint, 15);
  const large = await populated(endpoint, 150);
  const token = await small.identity.issueToken({ sub: 'bench', role: 'dfe-reviewer' });
  const tokenLarge = await large.identity.issueToken({ sub: 'bench', role: 'dfe-reviewer' });
  const get = (url: string, t: string, path: string) => () =>
    fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${t}` } }).then(async (r) => {
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
      await r.arrayBuffer();
    });

  const results: BenchResult[] = [];
  for (const [name, path] of [
    ['Overview', '/api/v1/overview?period=2024-25-Q2'],
    ['Alerts across councils', '/api/v1/alerts?status=open'],
  ] as const) {
    const s: number[] = [];
    const l: number[] = [];
    for (let i = 0; i < 5; i++) {
      await get(small.url, token, path)();
      await get(large.url, tokenLarge, path)();
    }
    for (let i = 0; i < rounds; i++) {
      s.push(await time(get(small.url, token, path)));
      l.push(await time(get(large.url, tokenLarge, path)));
    }
    const ratio = median(l) / median(s);
    results.push({
      name: `${name}: 15 vs 150 councils (8 returns each)`,
      rows: [
        {
          councils: 15,
          'median ms': median(s).toFixed(1),
          'p99 ms': percentile(s, 99).toFixed(1),
          'ratio (150/15)': '',
        },
        {
          councils: 150,
          'median ms': median(l).toFixed(1),
          'p99 ms': percentile(l, 99).toFixed(1),
          'ratio (150/15)': ratio.toFixed(2),
        },
      ],
      goal: 'median at 150 councils at most 2 × the median at 15',
      met: ratio <= 2,
    });
  }
  await small.close();
  await large.close();
  return results;
}
