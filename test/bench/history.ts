import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../shared/data/keys';
import { bulkWriter } from '../support/bulk-writer';
import { countCalls } from '../support/count-calls';
import { buildComparators, buildCouncilHistory, quarters } from '../support/history-builder';
import { median, percentile, startBenchApi, time, type BenchResult } from './harness';

const COUNCILS = 150;
const MEASURED = '100';
const LATEST = quarters(1)[0]!;

/**
 * A table of 150 councils, each with `periods` quarters of returns and `monthCount` months
 * of scorecard figures, the measured council with `auditItems` audit items besides. The
 * product's own write functions make every item (bulkWriter keeps their transactions),
 * loaded in bulk 15 councils at a time: the pages read exactly what the API would have
 * written, in minutes rather than the hours of one transaction per change.
 */
async function populated(
  endpoint: string,
  history: { periods: number; monthCount: number; auditItems: number },
) {
  const api = await startBenchApi(endpoint);
  const bulk = bulkWriter(api.store);
  await buildComparators(bulk.store, history.monthCount);
  for (let i = 0; i < COUNCILS; i += 15) {
    for (let k = 0; k < 15; k++) {
      const laCode = String(100 + i + k);
      await buildCouncilHistory(bulk.store, laCode, {
        ...history,
        auditItems: laCode === MEASURED ? history.auditItems : 0,
      });
    }
    await bulk.flush();
  }
  return api;
}

type Api = Awaited<ReturnType<typeof startBenchApi>>;

function getter(api: Api, token: string) {
  return async (path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
}

/** Each page as the web app loads it, in its rounds of requests. */
const PAGES: Record<string, (get: (path: string) => Promise<void>) => Promise<void>> = {
  'Council home (its GETs)': async (get) => {
    const base = `/api/v1/councils/${MEASURED}`;
    await get(`${base}/agreement`);
    await Promise.all(
      [
        '/returns',
        '/tranches',
        '/agreement/recovery-profile',
        '/mitigations',
        '/alerts?status=open',
      ].map((p) => get(`${base}${p}`)),
    );
    await get(`${base}/returns/${LATEST}`);
  },
  'A return (its page’s GETs)': async (get) => {
    const base = `/api/v1/councils/${MEASURED}`;
    await get(`${base}/agreement`);
    await get(`${base}/returns`);
    await get(`${base}/returns/${LATEST}`);
  },
  'Scorecard page': (get) => get(`/api/v1/councils/${MEASURED}/scorecard?latestMonths=24`),
  'Overview (150 councils)': (get) => get(`/api/v1/overview?period=${LATEST}`),
};

async function callCount(api: Api, run: () => Promise<void>) {
  const counter = countCalls(api.store.db);
  try {
    await run();
    return counter.calls.length;
  } finally {
    counter.stop();
  }
}

/**
 * The everyday pages with one period of history and with 40 periods of returns, 60
 * months of scorecard figures (for every council) and 5,000 audit items (for the council
 * measured), requests interleaved so both sides share the machine's noise.
 */
export async function benchHistory(endpoint: string, rounds = 40): Promise<BenchResult[]> {
  const short = await populated(endpoint, { periods: 1, monthCount: 1, auditItems: 0 });
  const long = await populated(endpoint, { periods: 40, monthCount: 60, auditItems: 5000 });
  const results: BenchResult[] = [];
  for (const [name, page] of Object.entries(PAGES)) {
    const role = name.startsWith('Overview') ? 'dfe-reviewer' : 'council-editor';
    const claims = {
      sub: 'bench',
      role,
      ...(role === 'council-editor' ? { laCode: MEASURED } : {}),
    } as const;
    const getShort = getter(short, await short.identity.issueToken(claims));
    const getLong = getter(long, await long.identity.issueToken(claims));
    for (let i = 0; i < 5; i++) {
      await page(getShort);
      await page(getLong);
    }
    const s: number[] = [];
    const l: number[] = [];
    for (let i = 0; i < rounds; i++) {
      s.push(await time(() => page(getShort)));
      l.push(await time(() => page(getLong)));
    }
    const callsShort = await callCount(short, () => page(getShort));
    const callsLong = await callCount(long, () => page(getLong));
    const ratio = median(l) / median(s);
    results.push({
      name: `History: ${name}, one period vs 40 periods, 60 months, 5,000 audit items`,
      rows: [
        {
          history: 'one period',
          'median ms': median(s).toFixed(1),
          'p99 ms': percentile(s, 99).toFixed(1),
          'DynamoDB calls': callsShort,
          ratio: '',
        },
        {
          history: '40 periods',
          'median ms': median(l).toFixed(1),
          'p99 ms': percentile(l, 99).toFixed(1),
          'DynamoDB calls': callsLong,
          ratio: ratio.toFixed(2),
        },
      ],
      goal: 'median with long history at most 1.2 × with one period, and the same DynamoDB calls',
      met: ratio <= 1.2 && callsShort === callsLong,
    });
  }
  results.push(await sameItemInEachTable(short, long, rounds));
  await short.close();
  await long.close();
  return results;
}

/**
 * Not a goal, a reading of the other ratios: one and the same GetItem (the measured
 * council's agreement, the same bytes in both tables) sent with the SDK to each table.
 * DynamoDB Local answers it more slowly from the larger table, so that much of each page's
 * ratio is the database's, whatever the pages read.
 */
async function sameItemInEachTable(short: Api, long: Api, rounds: number): Promise<BenchResult> {
  const get = (api: Api) => () =>
    api.store.db.send(
      new GetCommand({ TableName: api.store.tableName, Key: keys.agreement(MEASURED) }),
    );
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < rounds * 3; i++) {
    s.push(await time(get(short)));
    l.push(await time(get(long)));
  }
  return {
    name: 'History: the same GetItem (SDK, no API) in the table with one period vs with 40',
    rows: [
      { history: 'one period', 'median ms': median(s).toFixed(2), ratio: '' },
      {
        history: '40 periods',
        'median ms': median(l).toFixed(2),
        ratio: (median(l) / median(s)).toFixed(2),
      },
    ],
  };
}
