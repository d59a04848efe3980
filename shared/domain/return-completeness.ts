import { PLACEMENT_FIELDS, type ReturnDraft } from './return-content';
import type { FieldError } from './field-error';
import { formatCount } from './money';

/**
 * Finance and demand fields a return needs to be submitted (docs/domain.md, "Needed to submit").
 */
export const REQUIRED_FINANCE = [
  'highNeedsIncome',
  'highNeedsExpenditure',
  'forecastInYearBalance',
  'forecastCumulativeDeficit',
] as const;
export const REQUIRED_DEMAND = ['ehcpsTotal', 'newEhcps'] as const;

const REQUIRED = 'is required to submit';

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

/**
 * Everything a draft lacks before it can be submitted, each as `{path, message}`:
 * the finance and demand fields not marked optional, every placement, a status and
 * statement for every condition of the agreement (`conditions[<id>]` when one is
 * missing) and none for a condition it does not have, a RAG rating for each workstream
 * and risk listed, savings to date, forecast savings and a RAG for every mitigation
 * (`mitigations[<id>]` when one is missing) and none for a mitigation it does not have,
 * placements adding up to no more than `ehcpsTotal`, and the narrative.
 */
export function checkReturnComplete(
  content: ReturnDraft,
  agreement: {
    conditions: readonly { id: string }[];
    mitigations?: readonly { id: string }[] | undefined;
  },
): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of REQUIRED_FINANCE) {
    if (content.finance?.[field] === undefined)
      errors.push({ path: `finance.${field}`, message: REQUIRED });
  }
  for (const field of REQUIRED_DEMAND) {
    if (content.demand?.[field] === undefined)
      errors.push({ path: `demand.${field}`, message: REQUIRED });
  }
  for (const field of PLACEMENT_FIELDS) {
    if (content.placements?.[field] === undefined) {
      errors.push({ path: `placements.${field}`, message: REQUIRED });
    }
  }

  const known = new Set(agreement.conditions.map((c) => c.id));
  const reported = new Set<string>();
  (content.conditions ?? []).forEach((report, i) => {
    reported.add(report.conditionId);
    if (!known.has(report.conditionId)) {
      errors.push({
        path: `conditions[${i}].conditionId`,
        message: `names ${report.conditionId}, which is not a condition of the agreement`,
      });
      return;
    }
    if (report.status === undefined)
      errors.push({ path: `conditions[${i}].status`, message: REQUIRED });
    if (blank(report.statement))
      errors.push({ path: `conditions[${i}].statement`, message: REQUIRED });
  });
  for (const { id } of agreement.conditions) {
    if (!reported.has(id)) {
      errors.push({
        path: `conditions[${id}]`,
        message: `needs a status for condition ${id} to submit`,
      });
    }
  }

  errors.push(...unknownMitigations(content, agreement));
  const reportedMitigations = new Set<string>();
  (content.mitigations ?? []).forEach((report, i) => {
    reportedMitigations.add(report.mitigationId);
    for (const field of ['savingsToDate', 'forecastSavings', 'rag'] as const) {
      if (report[field] === undefined)
        errors.push({ path: `mitigations[${i}].${field}`, message: REQUIRED });
    }
  });
  for (const { id } of agreement.mitigations ?? []) {
    if (!reportedMitigations.has(id)) {
      errors.push({
        path: `mitigations[${id}]`,
        message: `needs savings to date, forecast savings and a RAG for mitigation ${id} to submit`,
      });
    }
  }

  (content.workstreams ?? []).forEach((workstream, i) => {
    if (workstream.rag === undefined)
      errors.push({ path: `workstreams[${i}].rag`, message: REQUIRED });
  });
  (content.risks ?? []).forEach((risk, i) => {
    if (risk.rag === undefined) errors.push({ path: `risks[${i}].rag`, message: REQUIRED });
  });

  const ehcpsTotal = content.demand?.ehcpsTotal;
  if (ehcpsTotal !== undefined && content.placements) {
    const placed = PLACEMENT_FIELDS.reduce(
      (sum, field) => sum + (content.placements?.[field] ?? 0),
      0,
    );
    if (placed > ehcpsTotal) {
      errors.push({
        path: 'placements',
        message: `add up to ${formatCount(placed)}, more than the ${formatCount(ehcpsTotal)} EHCPs maintained (demand.ehcpsTotal)`,
      });
    }
  }

  if (blank(content.narrative)) errors.push({ path: 'narrative', message: REQUIRED });
  return errors;
}

/** Entries of a return for mitigations its agreement does not have (a 422 on saving too). */
export function unknownMitigations(
  content: { mitigations?: readonly { mitigationId: string }[] | undefined },
  agreement: { mitigations?: readonly { id: string }[] | undefined },
): FieldError[] {
  const known = new Set((agreement.mitigations ?? []).map((x) => x.id));
  return (content.mitigations ?? []).flatMap((report, i) =>
    known.has(report.mitigationId)
      ? []
      : [
          {
            path: `mitigations[${i}].mitigationId`,
            message: `names ${report.mitigationId}, which is not a mitigation of the agreement`,
          },
        ],
  );
}
