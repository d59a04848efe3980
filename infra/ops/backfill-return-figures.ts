import { parseArgs } from 'node:util';
import { createDb } from '../../shared/data/client';
import { backfillAllReturnFigures } from '../../shared/data/returns/backfill-all-return-figures';

/**
 * `npm run backfill:return-figures -- --table <TableName> [--region eu-west-2] [--dry-run]`:
 * builds the figures item of every council created before figures were kept, in a
 * deployed table, with the credentials of the shell (infra/README.md, "Backfilling
 * return figures"). Safe to run again and while people use the service.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      table: { type: 'string' },
      region: { type: 'string', default: process.env.AWS_REGION ?? 'eu-west-2' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!values.table) throw new Error('Name the table: --table <TableName> (a stack output).');
  const store = { db: createDb({ region: values.region }), tableName: values.table };
  const dryRun = values['dry-run'];
  const { councils, lacking } = await backfillAllReturnFigures(store, new Date(), { dryRun });
  const verb = dryRun ? 'would build' : 'built';
  process.stdout.write(
    `${councils} councils; ${verb} the figures item of ${lacking.length}` +
      (lacking.length > 0 ? `: ${lacking.join(', ')}` : '') +
      '\n',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
