import { isPeriodOwed, type OwedTerm, periodDueDate, utcDateOf } from '../../../shared/domain';
import type { Agreement } from '../../../shared/schemas/agreement';
import type { ReturnDetail, ReturnSummary } from '../../../shared/schemas/return-content';
import type { ReturnRecord } from '../../../shared/data/returns/return-record';
import type { ReturnSummaryRecord } from '../../../shared/data/returns/list-return-summaries';

/**
 * Due date and lateness are worked out when read, from the agreement as it stands, so a
 * variation of `returnDueDays` applies at once. A return is late when it was submitted
 * after its due date, or is still not submitted after it; never for a period the council
 * does not owe (over before the agreement was signed).
 */
export function returnSummary(
  record: ReturnSummaryRecord,
  agreement: Pick<Agreement, 'returnDueDays'> & OwedTerm,
  now: Date,
): ReturnSummary {
  const forecast = record.content?.finance?.forecastCumulativeDeficit;
  const dueOn = periodDueDate(record.period, agreement.returnDueDays);
  const on = utcDateOf(record.submittedAt ?? now.toISOString());
  return {
    period: record.period,
    status: record.status,
    version: record.version,
    dueOn,
    ...(record.submittedAt ? { submittedAt: record.submittedAt } : {}),
    late: isPeriodOwed(record.period, agreement) && on > dueOn,
    ...(record.readyForSignOff ? { readyForSignOff: record.readyForSignOff } : {}),
    ...(forecast === undefined ? {} : { forecastCumulativeDeficit: forecast }),
  };
}

export function returnDetail(record: ReturnRecord, agreement: Agreement, now: Date): ReturnDetail {
  return {
    ...returnSummary(record, agreement, now),
    content: record.content,
    ...(record.submittedBy ? { submittedBy: record.submittedBy } : {}),
    ...(record.signOff ? { signOff: record.signOff } : {}),
    ...(record.review ? { review: record.review } : {}),
  };
}
