import { formatLongDate, formatPounds, periodFinancialYear } from '../../../shared/domain';
import {
  CONDITION_STATUS_NAMES,
  RAG_NAMES,
  RETURN_STATUS_NAMES,
  periodName,
} from '../../../shared/schemas/names';
import {
  DEMAND_FIELDS,
  FINANCE_FIELDS,
  PLACEMENT_FIELDS,
  type NumberField,
} from '../../../shared/schemas/return-fields';
import { committeeDocument, documentTable, heading } from './document-layout';
import { pdfBytes } from './pdf-fonts';
import type { ReturnFile } from './return-workbook';

const show = (field: NumberField, value: number | undefined) =>
  value === undefined
    ? 'Not given'
    : field.kind === 'money'
      ? formatPounds(value)
      : field.kind === 'percentage'
        ? `${value}%`
        : value.toLocaleString('en-GB');

const numbers = (fields: NumberField[], values: Record<string, number | undefined>) =>
  documentTable(
    ['Item', 'Figure'],
    fields.map((f) => [f.label, show(f, values[f.key])]),
    ['*', 120],
  );

/**
 * A return laid out for a committee paper (Schools Forum, Cabinet): the council and
 * period, who signed it off, the figures against the agreed plan, each condition,
 * workstream and risk, and the narrative.
 */
export async function returnDocument({ council, agreement, detail }: ReturnFile) {
  const { content } = detail;
  const year = periodFinancialYear(detail.period);
  const plan = agreement.trajectory.find((t) => t.financialYear === year);
  const titles = new Map(agreement.conditions.map((c) => [c.id, c.title]));
  const finance = content.finance ?? {};
  const planned: Partial<Record<string, number>> = {
    forecastCumulativeDeficit: plan?.plannedCumulativeDeficit,
    forecastInYearBalance: plan?.plannedInYearBalance,
  };
  const signOff = detail.signOff
    ? `Signed off by ${detail.signOff.name}, ${detail.signOff.role}${detail.submittedAt ? `, on ${formatLongDate(detail.submittedAt)}` : ''}.`
    : 'Not yet signed off.';
  const review = detail.review
    ? ` DfE ${detail.review.decision === 'accept' ? 'accepted it' : 'sent it back'} on ${formatLongDate(detail.review.reviewedAt)}.`
    : '';

  return pdfBytes(
    committeeDocument({
      title: `${council.name}: Safety Valve return, ${periodName(detail.period)}`,
      council,
      subtitle: `Safety Valve monitoring return: ${periodName(detail.period)}`,
      standing: `Status: ${RETURN_STATUS_NAMES[detail.status]}. Due ${formatLongDate(detail.dueOn)}. ${signOff}${review}`,
      footer: periodName(detail.period),
      draft: !detail.signOff,
      content: [
        heading('Finance against the plan'),
        documentTable(
          ['Item', 'Forecast', `Planned for ${year}`],
          FINANCE_FIELDS.map((f) => [
            f.label,
            show(f, finance[f.key]),
            planned[f.key] === undefined ? '' : formatPounds(planned[f.key]!),
          ]),
          ['*', 100, 100],
        ),
        heading('Demand'),
        numbers(DEMAND_FIELDS, content.demand ?? {}),
        heading('Placements of children with EHCPs'),
        numbers(PLACEMENT_FIELDS, content.placements ?? {}),
        heading('Conditions of the agreement'),
        documentTable(
          ['Condition', 'Status', 'Position statement'],
          (content.conditions ?? []).map((c) => [
            titles.get(c.conditionId) ?? c.conditionId,
            c.status ? CONDITION_STATUS_NAMES[c.status] : '',
            [c.statement, c.evidence && `Evidence: ${c.evidence}`].filter(Boolean).join('\n'),
          ]),
          [150, 60, '*'],
        ),
        heading('Workstreams'),
        documentTable(
          ['Workstream', 'RAG', 'Note'],
          (content.workstreams ?? []).map((w) => [
            w.name,
            w.rag ? RAG_NAMES[w.rag] : '',
            w.note ?? '',
          ]),
          [150, 50, '*'],
        ),
        heading('Risks'),
        documentTable(
          ['Risk', 'RAG', 'Mitigation'],
          (content.risks ?? []).map((r) => [
            r.title,
            r.rag ? RAG_NAMES[r.rag] : '',
            r.mitigation ?? '',
          ]),
          [150, 50, '*'],
        ),
        heading('Narrative'),
        { text: content.narrative ?? 'No narrative given.' },
      ],
    }),
  );
}
