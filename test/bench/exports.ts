import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { median, percentile, startBenchApi, time, type BenchResult } from './harness';

const PERIOD = '2024-25-Q2';

/** The overview as a workbook against the JSON overview, 150 councils, requests interleaved. */
export async function benchExports(endpoint: string, rounds = 30): Promise<BenchResult> {
  const api = await startBenchApi(endpoint);
  for (let i = 0; i < 150; i += 10) {
    await Promise.all(
      Array.from({ length: 10 }, async (_, k) => {
        const laCode = String(100 + i + k);
        await buildCouncil(api.store, laCode, `Council ${laCode}`);
        await buildSubmittedReturn(api.store, laCode, PERIOD);
      }),
    );
  }
  const token = await api.identity.issueToken({ sub: 'bench', role: 'dfe-reviewer' });
  const get = (path: string) => async () => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  const json = get(`/api/v1/overview?period=${PERIOD}`);
  const xlsx = get(`/api/v1/overview.xlsx?period=${PERIOD}`);
  for (let i = 0; i < 5; i++) {
    await json();
    await xlsx();
  }
  const j: number[] = [];
  const x: number[] = [];
  for (let i = 0; i < rounds; i++) {
    j.push(await time(json));
    x.push(await time(xlsx));
  }
  await api.close();
  const ratio = median(x) / median(j);
  return {
    name: 'Exports: the overview as a workbook vs as JSON (150 councils)',
    rows: [
      {
        as: 'JSON',
        'median ms': median(j).toFixed(1),
        'p99 ms': percentile(j, 99).toFixed(1),
        ratio: '',
      },
      {
        as: 'xlsx',
        'median ms': median(x).toFixed(1),
        'p99 ms': percentile(x, 99).toFixed(1),
        ratio: ratio.toFixed(2),
      },
    ],
    goal: 'the workbook at most 3 × the JSON overview',
    met: ratio <= 3,
  };
}
