import { cpus, loadavg, totalmem } from 'node:os';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { benchColdStart } from './cold-start';
import { benchCompare } from './compare';
import { benchExports } from './exports';
import { report, type BenchResult } from './harness';
import { benchHistory } from './history';
import { benchNotifications } from './notifications';
import { benchOverhead } from './overhead';
import { benchOverviewScaling } from './overview-scaling';
import { benchThroughput } from './throughput';
import { benchWebBundle } from './web-bundle';

/** Every benchmark by the name that selects it: `npm run bench -- overhead cold-start`. */
const BENCHMARKS: Record<string, (endpoint: string) => Promise<BenchResult | BenchResult[]>> = {
  overhead: benchOverhead,
  'overview-scaling': benchOverviewScaling,
  throughput: () => benchThroughput(),
  'cold-start': benchColdStart,
  history: benchHistory,
  compare: benchCompare,
  exports: benchExports,
  notifications: benchNotifications,
  'web-bundle': () => benchWebBundle(),
};

/**
 * `npm run bench`: every benchmark (or those named) in one run, each against a DynamoDB
 * Local of its own, started fresh: one shared by all slowed every write by the end (each
 * write looks up the table's stream, whose records the earlier benchmarks had piled up).
 * The results are saved after each benchmark, so a run cut short keeps what it measured.
 */
async function main() {
  const named = process.argv.slice(2);
  const unknown = named.filter((n) => !(n in BENCHMARKS));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(BENCHMARKS).join(', ')}.`,
    );
  }
  const selected = Object.entries(BENCHMARKS).filter(
    ([n]) => named.length === 0 || named.includes(n),
  );
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const results: BenchResult[] = [];
  for (const [name, bench] of selected) {
    console.error(`Running ${name} (load average ${loadavg()[0]!.toFixed(1)})…`);
    const ddb = await startDynamoDbLocal();
    try {
      results.push(...[await bench(ddb.endpoint)].flat());
    } finally {
      await ddb.stop();
    }
    report(results, machine, { print: false });
  }
  report(results, machine);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
