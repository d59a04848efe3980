import type { Agreement } from '../../schemas/agreement';
import { collections, keys } from '../keys';
import { agreementIndexAttributes } from './agreement-index-attributes';

/**
 * The agreement's summary item as its write puts it: only what the DfE overview reads
 * (the terms, the planned deficit by year and the tranches' terms, flat), in the
 * overview's collection. DynamoDB's cost of a query follows the bytes of the items it
 * reads, whatever it projects, so the overview reads these instead of the agreements
 * with every trajectory year, tranche and condition. Put in the same transaction as the
 * agreement, so never out of step with it; `dfeContributionTotal`, an administrator's
 * attribute, keeps reviewers from writing one (infra/constructs/tenant-access.ts).
 */
export function agreementSummaryItem(agreement: Agreement) {
  const { laCode } = agreement;
  return {
    ...keys.agreementSummary(laCode),
    gsi1pk: collections.agreementSummaries,
    gsi1sk: laCode,
    type: 'agreement-summary',
    laCode,
    version: agreement.version,
    programme: agreement.programme,
    status: agreement.status,
    signedOn: agreement.signedOn,
    firstYear: agreement.firstYear,
    lastYear: agreement.lastYear,
    cadence: agreement.cadence,
    returnDueDays: agreement.returnDueDays,
    // The one tolerance the overview reads (it says when a variance is shown in pounds).
    tolerances: { cumulativeDeficitAbs: agreement.tolerances?.cumulativeDeficitAbs },
    dfeContributionTotal: agreement.dfeContributionTotal,
    ...agreementIndexAttributes(agreement),
  };
}
