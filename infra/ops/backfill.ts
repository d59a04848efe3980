import { parseArgs } from 'node:util';
import { createDb } from '../../shared/data/client';
import { backfillCouncils } from '../../shared/data/councils/backfill-councils';

/**
 * `npm run backfill -- --table <TableName> [--region eu-west-2] [--dry-run]`: brings
 * every council created before the small items the everyday pages read (figures item,
 * return state items, agreement summary) onto them, in a deployed table, with the
 * credentials of the shell (infra/README.md, "Backfilling councils"). Safe to run again
 * and while people use the service.
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
  const { councils, lacking } = await backfillCouncils(store, new Date(), { dryRun });
  const verb = dryRun ? 'would bring' : 'brought';
  const kinds = [
    ['the figures item', lacking.returnFigures],
    ['the return state items', lacking.returnStates],
    ['the agreement summary', lacking.agreementSummaries],
  ] as const;
  process.stdout.write(
    `${councils} councils\n` +
      kinds
        .map(
          ([kind, laCodes]) =>
            `${verb} ${laCodes.length} onto ${kind}` +
            (laCodes.length > 0 ? `: ${laCodes.join(', ')}` : '') +
            '\n',
        )
        .join(''),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
