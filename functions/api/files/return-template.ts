import type ExcelJS from 'exceljs';
import type { Agreement } from '../../../shared/schemas/agreement';
import { CONDITION_STATUS_NAMES, RAG_NAMES, periodName } from '../../../shared/schemas/names';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import {
  DEMAND_FIELDS,
  FINANCE_FIELDS,
  PLACEMENT_FIELDS,
  type NumberField,
} from '../../../shared/schemas/return-fields';
import type { ColumnKind } from './columns';
import { newWorkbook, workbookBytes, writeCell } from './workbook';

/**
 * The layout of a return's template workbook, shared by the writer and the reader so
 * that what one writes the other reads back unchanged. Each number sheet has one row per
 * field (its code in column B, the answer in column C); each list sheet one row per item.
 */
export const NUMBER_HEADERS = ['Question', 'Field', 'Answer', 'Guidance'];
export const ANSWER_COLUMN = 3;

export const NUMBER_SHEETS = [
  { sheet: 'Finance', section: 'finance', fields: FINANCE_FIELDS },
  { sheet: 'Demand', section: 'demand', fields: DEMAND_FIELDS },
  { sheet: 'Placements', section: 'placements', fields: PLACEMENT_FIELDS },
] as const satisfies readonly { sheet: string; section: string; fields: NumberField[] }[];

export const LIST_SHEETS = {
  conditions: {
    sheet: 'Conditions',
    headers: ['Condition id', 'Condition', 'Status', 'Position statement', 'Evidence'],
  },
  workstreams: { sheet: 'Workstreams', headers: ['Workstream', 'RAG rating', 'Note'] },
  risks: { sheet: 'Risks', headers: ['Risk', 'RAG rating', 'Mitigation'] },
} as const;

export const ABOUT_SHEET = 'About';
export const NARRATIVE_SHEET = 'Narrative';
/** Rows of the About sheet the reader checks, so a workbook goes back where it came from. */
export const ABOUT_ROWS = { laCode: 3, period: 5 } as const;

/** Rows left free below the listed items, for people to add workstreams and risks. */
const SPARE_ROWS = 10;

const KIND: Record<NumberField['kind'], ColumnKind> = {
  money: 'money',
  count: 'count',
  percentage: 'percent',
};

const listOf = (names: Record<string, string>) => `"${Object.values(names).join(',')}"`;

function header(sheet: ExcelJS.Worksheet, headers: readonly string[], widths: number[]) {
  sheet.columns = widths.map((width) => ({ width }));
  headers.forEach((text, i) => {
    const cell = sheet.getCell(1, i + 1);
    writeCell(cell, 'text', text);
    cell.font = { bold: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function choices(cell: ExcelJS.Cell, names: Record<string, string>) {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    formulae: [listOf(names)],
  };
}

export interface TemplateInput {
  council: { laCode: string; name: string };
  agreement: Agreement;
  period: string;
  content: ReturnDraft;
}

/** The workbook a council fills in offline and uploads as its draft. */
export async function templateWorkbook({ council, agreement, period, content }: TemplateInput) {
  const workbook = await newWorkbook();

  const about = workbook.addWorksheet(ABOUT_SHEET);
  header(about, ['Return', ''], [28, 90]);
  const aboutRows: [string, string][] = [
    ['Council', council.name],
    ['LA code', council.laCode],
    ['Period', periodName(period)],
    ['Period code', period],
    [
      'How to fill this in',
      'Enter amounts in whole pounds, as numbers (a deficit in the deficit row is positive; a surplus is negative). Leave a cell empty if you do not have the figure yet. Do not rename sheets or move columns. Upload the workbook on the return’s task list: it replaces the draft.',
    ],
  ];
  aboutRows.forEach(([label, value], i) => {
    writeCell(about.getCell(i + 2, 1), 'text', label);
    writeCell(about.getCell(i + 2, 2), 'text', value);
    about.getCell(i + 2, 2).alignment = { wrapText: true };
  });

  for (const { sheet: name, section, fields } of NUMBER_SHEETS) {
    const sheet = workbook.addWorksheet(name);
    header(sheet, NUMBER_HEADERS, [48, 26, 18, 70]);
    const values = (content[section] ?? {}) as Record<string, number | undefined>;
    fields.forEach((field, i) => {
      const row = i + 2;
      writeCell(sheet.getCell(row, 1), 'text', field.label);
      writeCell(sheet.getCell(row, 2), 'text', field.key);
      const answer = sheet.getCell(row, ANSWER_COLUMN);
      writeCell(answer, KIND[field.kind], values[field.key]);
      answer.numFmt = { money: '"£"#,##0;-"£"#,##0', count: '#,##0', percentage: '0.0' }[
        field.kind
      ];
      const need = field.required ? 'Needed to submit.' : 'Optional.';
      writeCell(sheet.getCell(row, 4), 'text', [field.hint, need].filter(Boolean).join(' '));
    });
  }

  const conditions = workbook.addWorksheet(LIST_SHEETS.conditions.sheet);
  header(conditions, LIST_SHEETS.conditions.headers, [24, 40, 14, 70, 40]);
  const reported = new Map((content.conditions ?? []).map((c) => [c.conditionId, c]));
  const ids = [
    ...agreement.conditions.map((c) => c.id),
    ...[...reported.keys()].filter((id) => !agreement.conditions.some((c) => c.id === id)),
  ];
  ids.forEach((id, i) => {
    const row = i + 2;
    const report = reported.get(id);
    const title = agreement.conditions.find((c) => c.id === id)?.title;
    writeCell(conditions.getCell(row, 1), 'text', id);
    writeCell(conditions.getCell(row, 2), 'text', title);
    writeCell(
      conditions.getCell(row, 3),
      'text',
      report?.status && CONDITION_STATUS_NAMES[report.status],
    );
    choices(conditions.getCell(row, 3), CONDITION_STATUS_NAMES);
    writeCell(conditions.getCell(row, 4), 'text', report?.statement);
    writeCell(conditions.getCell(row, 5), 'text', report?.evidence);
  });

  const rated = (
    key: 'workstreams' | 'risks',
    items: { first: string; rag?: keyof typeof RAG_NAMES; third?: string }[],
  ) => {
    const sheet = workbook.addWorksheet(LIST_SHEETS[key].sheet);
    header(sheet, LIST_SHEETS[key].headers, [40, 12, 70]);
    items.forEach((item, i) => {
      writeCell(sheet.getCell(i + 2, 1), 'text', item.first);
      writeCell(sheet.getCell(i + 2, 2), 'text', item.rag && RAG_NAMES[item.rag]);
      writeCell(sheet.getCell(i + 2, 3), 'text', item.third);
    });
    for (let row = 2; row < items.length + 2 + SPARE_ROWS; row++)
      choices(sheet.getCell(row, 2), RAG_NAMES);
  };
  rated(
    'workstreams',
    (content.workstreams ?? []).map((w) => ({ first: w.name, rag: w.rag, third: w.note })),
  );
  rated(
    'risks',
    (content.risks ?? []).map((r) => ({ first: r.title, rag: r.rag, third: r.mitigation })),
  );

  const narrative = workbook.addWorksheet(NARRATIVE_SHEET);
  header(narrative, ['Narrative'], [120]);
  writeCell(narrative.getCell(2, 1), 'text', content.narrative);
  narrative.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };

  return workbookBytes(workbook);
}
