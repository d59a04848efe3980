import type { Agreement, AgreementInput } from '../../schemas/agreement';
import { actorOf } from '../../domain';
import type { Actor } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { writeWithAudit } from '../transact';
import { agreementSummaryItem } from './agreement-summary';
import { versionCondition } from '../version-condition';

/**
 * Writes a new version of the council's agreement: the current item moves on to it
 * (only if it is still at `previousVersion`, or absent for version 1), the version is
 * kept for the record, its summary for the overview is replaced (agreement-summary.ts),
 * and the audit item lands in the same transaction. Throws
 * ConditionFailedError when someone else saved a version in between.
 */
export async function saveAgreement(
  store: Store,
  laCode: string,
  input: AgreementInput,
  actor: Actor & { role: Agreement['createdBy']['role'] },
  previous: Agreement | undefined,
  now: Date,
): Promise<Agreement> {
  const version = (previous?.version ?? 0) + 1;
  const agreement: Agreement = {
    ...input,
    laCode,
    version,
    createdAt: now.toISOString(),
    createdBy: actorOf(actor),
  };
  const current = {
    ...keys.agreement(laCode),
    gsi1pk: collections.agreements,
    gsi1sk: laCode,
    type: 'agreement',
    ...agreement,
  };
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: current,
          ...versionCondition(previous?.version),
        },
      },
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.agreementVersion(laCode, version),
            type: 'agreement-version',
            ...agreement,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      // What the overview reads, in step with the agreement (agreement-summary.ts).
      { Put: { TableName: store.tableName, Item: agreementSummaryItem(agreement) } },
    ],
    {
      laCode,
      actor,
      action: previous ? 'agreement.varied' : 'agreement.created',
      entity: `agreement v${version}`,
      // Every version is kept whole; the audit names them, which keeps it under the item size limit.
      ...(previous ? { before: summary(previous) } : {}),
      after: summary(agreement),
    },
    now,
  );
  return agreement;
}

function summary(agreement: Agreement) {
  return {
    version: agreement.version,
    status: agreement.status,
    term: `${agreement.firstYear} to ${agreement.lastYear}`,
    dfeContributionTotal: agreement.dfeContributionTotal,
    tranches: agreement.tranches.map((t) => ({
      id: t.id,
      financialYear: t.financialYear,
      amount: t.amount,
    })),
    ...(agreement.reason ? { reason: agreement.reason } : {}),
  };
}
