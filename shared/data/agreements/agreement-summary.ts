import type { OverviewAgreement } from '../../domain';
import type { Agreement } from '../../schemas/agreement';
import { collections, keys } from '../keys';
import {
  plannedDeficitByYear,
  trajectoryFromPlanned,
  trancheTerms,
  tranchesFromTerms,
  type TrancheTerms,
} from './agreement-index-attributes';

/**
 * What the DfE overview reads of an agreement, packed in the summary item's one
 * attribute `summary` (JSON): the terms, the planned cumulative deficit by financial year
 * and each tranche's `[id, financialYear, dueOn, amount]`.
 */
interface PackedSummary {
  programme: Agreement['programme'];
  status: Agreement['status'];
  signedOn?: string;
  firstYear: string;
  lastYear: string;
  cadence: Agreement['cadence'];
  returnDueDays: number;
  cumulativeDeficitAbs?: number;
  plannedDeficitByYear: Record<string, number>;
  tranches: TrancheTerms[];
}

/** The agreement as the overview reads it, the signing date included (it bounds what is owed). */
export type SummarisedAgreement = OverviewAgreement & { signedOn?: string };

/**
 * The agreement's summary item, put in the same transaction as every write of the
 * agreement (save-agreement.ts), so never out of step with it. The overview's collection
 * holds these instead of the agreements: DynamoDB Local's cost of a query grows with the
 * attribute values of the items it reads, whatever it projects, and an agreement has
 * hundreds (every trajectory year, tranche and condition), the summary a handful, its
 * figures packed in one string. `dfeContributionTotal`, an administrator's attribute,
 * keeps reviewers from writing one (infra/constructs/tenant-access.ts).
 */
export function agreementSummaryItem(agreement: Agreement) {
  const packed: PackedSummary = {
    programme: agreement.programme,
    status: agreement.status,
    ...(agreement.signedOn === undefined ? {} : { signedOn: agreement.signedOn }),
    firstYear: agreement.firstYear,
    lastYear: agreement.lastYear,
    cadence: agreement.cadence,
    returnDueDays: agreement.returnDueDays,
    // The one tolerance the overview reads (it says when a variance is shown in pounds).
    ...(agreement.tolerances?.cumulativeDeficitAbs === undefined
      ? {}
      : { cumulativeDeficitAbs: agreement.tolerances.cumulativeDeficitAbs }),
    plannedDeficitByYear: plannedDeficitByYear(agreement.trajectory),
    tranches: trancheTerms(agreement.tranches),
  };
  return {
    ...keys.agreementSummary(agreement.laCode),
    gsi1pk: collections.agreementSummaries,
    gsi1sk: agreement.laCode,
    type: 'agreement-summary',
    laCode: agreement.laCode,
    version: agreement.version,
    dfeContributionTotal: agreement.dfeContributionTotal,
    summary: JSON.stringify(packed),
  };
}

/** The agreement as the overview reads it, from a summary item's `laCode` and `summary`. */
export function readAgreementSummary(item: {
  laCode: string;
  summary: string;
}): SummarisedAgreement {
  const {
    plannedDeficitByYear: planned,
    tranches,
    cumulativeDeficitAbs,
    ...terms
  } = JSON.parse(item.summary) as PackedSummary;
  return {
    laCode: item.laCode,
    ...terms,
    ...(cumulativeDeficitAbs === undefined ? {} : { tolerances: { cumulativeDeficitAbs } }),
    trajectory: trajectoryFromPlanned(planned),
    tranches: tranchesFromTerms(tranches),
  };
}
