import { cpus, totalmem } from 'node:os';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { benchColdStart } from './cold-start';
import { report, type BenchResult } from './harness';
import { benchOverhead } from './overhead';
import { benchOverviewScaling } from './overview-scaling';
import { benchThroughput } from './throughput';

/** `npm run bench`: every benchmark in one run, against one in-memory DynamoDB Local. */
async function main() {
  const ddb = await startDynamoDbLocal();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const results: BenchResult[] = [];
  try {
    results.push(await benchOverhead(ddb.endpoint));
    results.push(...(await benchOverviewScaling(ddb.endpoint)));
    results.push(await benchThroughput());
    results.push(await benchColdStart(ddb.endpoint));
  } finally {
    await ddb.stop();
  }
  report(results, machine);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
