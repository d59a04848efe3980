import type { ReturnDraft } from '../../schemas/return-content';

/** What the savings view reads of a return's report on one mitigation (no note). */
export type StateMitigation = Pick<
  NonNullable<ReturnDraft['mitigations']>[number],
  'mitigationId' | 'savingsToDate' | 'forecastSavings' | 'rag'
>;

/**
 * A return's mitigation reports as its state item keeps them (`mitigationReports`, a name
 * no other item uses, so IAM can let reviewers write it and nothing else): one JSON string, because
 * DynamoDB Local's cost follows the attribute values of the items a query reads (the
 * overview and the returns listing read state items too) and a return may report 100
 * mitigations of four values each. Always present on a state item written since, `[]`
 * when the return reports none, so a state item without it is known to be older.
 */
export function packMitigations(mitigations: ReturnDraft['mitigations']): string {
  return JSON.stringify(
    (mitigations ?? []).map(
      ({ mitigationId, savingsToDate, forecastSavings, rag }): StateMitigation => ({
        mitigationId,
        ...(savingsToDate === undefined ? {} : { savingsToDate }),
        ...(forecastSavings === undefined ? {} : { forecastSavings }),
        ...(rag === undefined ? {} : { rag }),
      }),
    ),
  );
}

/**
 * The reports of a state item's `mitigationReports`, or undefined for a state item older
 * than it (or one whose value cannot be read), whose return is then read instead.
 */
export function unpackMitigations(packed: unknown): StateMitigation[] | undefined {
  if (typeof packed !== 'string') return undefined;
  try {
    const reports: unknown = JSON.parse(packed);
    return Array.isArray(reports) ? (reports as StateMitigation[]) : undefined;
  } catch {
    return undefined;
  }
}
