import { periodFinancialYear } from '../../../shared/domain';
import type { Agreement } from '../../../shared/schemas/agreement';
import {
  CONDITION_STATUS_NAMES,
  RAG_NAMES,
  RETURN_STATUS_NAMES,
  periodName,
} from '../../../shared/schemas/names';
import type { ReturnDetail } from '../../../shared/schemas/return-content';
import {
  DEMAND_FIELDS,
  FINANCE_FIELDS,
  PLACEMENT_FIELDS,
  type NumberField,
} from '../../../shared/schemas/return-fields';
import { column, type CellValue, type ColumnKind } from './columns';
import { addTableSheet, newWorkbook, workbookBytes } from './workbook';

export interface ReturnFile {
  council: { laCode: string; name: string };
  agreement: Agreement;
  detail: ReturnDetail;
}

interface Line {
  key?: string;
  label: string;
  kind: ColumnKind;
  value: CellValue;
  planned?: CellValue;
}

const KIND: Record<NumberField['kind'], ColumnKind> = {
  money: 'money',
  count: 'count',
  percentage: 'percent',
};

function numberLines(fields: NumberField[], values: Record<string, number | undefined> = {}) {
  return fields.map((f) => ({
    key: f.key,
    label: f.label,
    kind: KIND[f.kind],
    value: values[f.key],
  }));
}

const lineColumns = (valueHeader: string) => [
  column<Line>('Item', 'text', (l) => l.label, 48),
  column<Line>(
    valueHeader,
    (l) => l.kind,
    (l) => l.value,
    18,
  ),
];

/** One sheet per part of the return, one row per item, headers in words. */
export async function returnWorkbook({ council, agreement, detail }: ReturnFile) {
  const workbook = await newWorkbook();
  const { content } = detail;
  const year = agreement.trajectory.find(
    (t) => t.financialYear === periodFinancialYear(detail.period),
  );
  const about: Line[] = [
    { label: 'Council', kind: 'text', value: council.name },
    { label: 'LA code', kind: 'text', value: council.laCode },
    { label: 'Period', kind: 'text', value: periodName(detail.period) },
    { label: 'Financial year', kind: 'text', value: periodFinancialYear(detail.period) },
    { label: 'Status', kind: 'text', value: RETURN_STATUS_NAMES[detail.status] },
    { label: 'Version', kind: 'count', value: detail.version },
    { label: 'Due on', kind: 'date', value: detail.dueOn },
    { label: 'Late', kind: 'yes-no', value: detail.late },
    { label: 'Submitted at', kind: 'timestamp', value: detail.submittedAt },
    { label: 'Signed off by', kind: 'text', value: detail.signOff?.name },
    { label: 'Sign-off role', kind: 'text', value: detail.signOff?.role },
    {
      label: 'DfE review',
      kind: 'text',
      value: detail.review && (detail.review.decision === 'accept' ? 'Accepted' : 'Sent back'),
    },
    { label: 'DfE comments', kind: 'text', value: detail.review?.comments },
  ];
  addTableSheet(workbook, 'Return', lineColumns('Detail'), about);

  const finance: Line[] = numberLines(FINANCE_FIELDS, content.finance);
  const planned: Record<string, number | undefined> = {
    forecastCumulativeDeficit: year?.plannedCumulativeDeficit,
    forecastInYearBalance: year?.plannedInYearBalance,
  };
  for (const line of finance) line.planned = line.key ? planned[line.key] : undefined;
  addTableSheet(
    workbook,
    'Finance',
    [
      ...lineColumns('Forecast (£)'),
      column<Line>('Planned in the agreement (£)', 'money', (l) => l.planned, 18),
    ],
    finance,
  );
  addTableSheet(
    workbook,
    'Demand',
    lineColumns('Value'),
    numberLines(DEMAND_FIELDS, content.demand),
  );
  addTableSheet(
    workbook,
    'Placements',
    lineColumns('Children with EHCPs'),
    numberLines(PLACEMENT_FIELDS, content.placements),
  );

  const titles = new Map(agreement.conditions.map((c) => [c.id, c.title]));
  type Condition = NonNullable<typeof content.conditions>[number];
  addTableSheet(
    workbook,
    'Conditions',
    [
      column<Condition>('Condition', 'text', (c) => titles.get(c.conditionId) ?? c.conditionId, 40),
      column<Condition>('Condition id', 'text', (c) => c.conditionId, 20),
      column<Condition>('Status', 'text', (c) => c.status && CONDITION_STATUS_NAMES[c.status], 12),
      column<Condition>('Position statement', 'text', (c) => c.statement, 60),
      column<Condition>('Evidence', 'text', (c) => c.evidence, 40),
    ],
    content.conditions ?? [],
  );
  type Workstream = NonNullable<typeof content.workstreams>[number];
  addTableSheet(
    workbook,
    'Workstreams',
    [
      column<Workstream>('Workstream', 'text', (w) => w.name, 36),
      column<Workstream>('RAG rating', 'text', (w) => w.rag && RAG_NAMES[w.rag], 10),
      column<Workstream>('Note', 'text', (w) => w.note, 60),
    ],
    content.workstreams ?? [],
  );
  type Risk = NonNullable<typeof content.risks>[number];
  addTableSheet(
    workbook,
    'Risks',
    [
      column<Risk>('Risk', 'text', (r) => r.title, 40),
      column<Risk>('RAG rating', 'text', (r) => r.rag && RAG_NAMES[r.rag], 10),
      column<Risk>('Mitigation', 'text', (r) => r.mitigation, 60),
    ],
    content.risks ?? [],
  );
  const narrative = addTableSheet(
    workbook,
    'Narrative',
    [column<string>('Narrative', 'text', (n) => n, 100)],
    content.narrative ? [content.narrative] : [],
  );
  narrative.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  return workbookBytes(workbook);
}
