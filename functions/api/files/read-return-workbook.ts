import type ExcelJS from 'exceljs';
import type { ZodError } from 'zod';
import { InvalidError, type FieldError } from '../../../shared/domain';
import { CONDITION_STATUS_NAMES, RAG_NAMES } from '../../../shared/schemas/names';
import { ReturnDraft } from '../../../shared/schemas/return-content';
import { fieldErrors } from '../validation';
import {
  ABOUT_ROWS,
  ABOUT_SHEET,
  ANSWER_COLUMN,
  LIST_SHEETS,
  NARRATIVE_SHEET,
  NUMBER_HEADERS,
  NUMBER_SHEETS,
} from './return-template';
import { loadExcel } from './workbook';

/** The most rows a list sheet is read to: well past any return's limits. */
const MAX_LIST_ROWS = 500;

type Read =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'refused'; message: string };

/** exceljs's type of a formula cell (its `ValueType.Formula`), fixed by the file format. */
const FORMULA_CELL: ExcelJS.ValueType = 6 satisfies ExcelJS.ValueType.Formula;

/** What a cell holds, as the reader cares: formulas and errors are refused, never evaluated. */
function readCell(cell: ExcelJS.Cell): Read {
  const value = cell.value;
  if (cell.type === FORMULA_CELL || cell.formula)
    return { kind: 'refused', message: 'holds a formula: enter the value itself' };
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'refused', message: 'holds TRUE or FALSE' };
  if (value instanceof Date) return { kind: 'refused', message: 'holds a date' };
  if (typeof value === 'object' && 'richText' in value) {
    const text = value.richText.map((part) => part.text).join('');
    return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: text };
  }
  if (typeof value === 'object' && 'formula' in value)
    return { kind: 'refused', message: 'holds a formula: enter the value itself' };
  if (typeof value === 'object' && 'error' in value)
    return { kind: 'refused', message: `holds the error ${value.error}` };
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string')
    return { kind: 'text', value: value.text };
  return { kind: 'refused', message: 'holds something other than a number or text' };
}

/** A code from its name in words (`On track` → `on-track`), or the text as it stands. */
function codeOf(text: string, names: Record<string, string>): string {
  const wanted = text.trim().toLowerCase();
  const found = Object.entries(names).find(
    ([code, name]) => code === wanted || name.toLowerCase() === wanted,
  );
  return found ? found[0] : text;
}

/**
 * Reads a return's template workbook into a draft's content. Every problem names the
 * field and the cell (`Finance!C7`); if there is any, nothing is returned, so nothing
 * is written. The workbook must be the template of this council and period.
 */
export async function readReturnWorkbook(
  bytes: ArrayBuffer,
  expected: { laCode: string; period: string },
): Promise<ReturnDraft> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new InvalidError('The file is not an Excel workbook (.xlsx).', [
      { path: '(body)', message: 'is not an Excel workbook' },
    ]);
  }

  const problems: FieldError[] = [];
  const cells = new Map<string, string>();
  const problem = (path: string, cell: string, message: string) =>
    problems.push({ path, message, cell });
  const sheetOf = (name: string, path: string) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) problem(path, `${name}!A1`, `the sheet "${name}" is missing`);
    return sheet;
  };
  const headersMatch = (sheet: ExcelJS.Worksheet, headers: readonly string[], path: string) => {
    for (let i = 0; i < headers.length; i++) {
      const cell = sheet.getCell(1, i + 1);
      const read = readCell(cell);
      if (read.kind !== 'text' || read.value.trim() !== headers[i]) {
        problem(
          path,
          `${sheet.name}!${cell.address}`,
          `is not the layout of the return template: this cell should say "${headers[i]}"`,
        );
        return false;
      }
    }
    return true;
  };
  /** Text from a cell, or a problem; `undefined` when empty. */
  const text = (sheet: ExcelJS.Worksheet, row: number, col: number, path: string) => {
    const cell = sheet.getCell(row, col);
    const address = `${sheet.name}!${cell.address}`;
    cells.set(path, address);
    const read = readCell(cell);
    if (read.kind === 'refused') problem(path, address, read.message);
    if (read.kind === 'number') return String(read.value);
    return read.kind === 'text' ? read.value : undefined;
  };

  const about = sheetOf(ABOUT_SHEET, '(workbook)');
  if (about) {
    const laCode = text(about, ABOUT_ROWS.laCode, 2, '(workbook)');
    const period = text(about, ABOUT_ROWS.period, 2, '(workbook)');
    if (laCode?.trim() !== expected.laCode)
      problem(
        '(workbook)',
        `${ABOUT_SHEET}!B${ABOUT_ROWS.laCode}`,
        `is the template of another council, not ${expected.laCode}`,
      );
    else if (period?.trim() !== expected.period)
      problem(
        '(workbook)',
        `${ABOUT_SHEET}!B${ABOUT_ROWS.period}`,
        `is the template of another period, not ${expected.period}`,
      );
  }

  const content: Record<string, unknown> = {};
  for (const { sheet: name, section, fields } of NUMBER_SHEETS) {
    const sheet = sheetOf(name, section);
    if (!sheet || !headersMatch(sheet, NUMBER_HEADERS, section)) continue;
    const values: Record<string, number> = {};
    const known = new Map<string, (typeof fields)[number]>(fields.map((f) => [f.key, f]));
    const lastRow = Math.max(sheet.rowCount, fields.length + 1);
    for (let row = 2; row <= lastRow; row++) {
      const code = text(sheet, row, 2, `${section}.(row ${row})`)?.trim();
      const answer = sheet.getCell(row, ANSWER_COLUMN);
      const address = `${name}!${answer.address}`;
      if (!code) continue;
      const field = known.get(code);
      const path = `${section}.${code}`;
      if (!field) {
        problem(path, `${name}!B${row}`, `is not a field of the return's ${section}`);
        continue;
      }
      cells.set(path, address);
      const read = readCell(answer);
      if (read.kind === 'empty') continue;
      if (read.kind === 'number') values[code] = read.value;
      else if (read.kind === 'refused') problem(path, address, read.message);
      else
        problem(
          path,
          address,
          field.kind === 'money'
            ? 'holds text: enter an amount in whole pounds as a number'
            : 'holds text: enter a number',
        );
    }
    if (Object.keys(values).length > 0) content[section] = values;
  }

  const listRows = (
    key: keyof typeof LIST_SHEETS,
    read: (
      sheet: ExcelJS.Worksheet,
      row: number,
      path: string,
    ) => Record<string, string | undefined>,
  ) => {
    const { sheet: name, headers } = LIST_SHEETS[key];
    const sheet = sheetOf(name, key);
    if (!sheet || !headersMatch(sheet, headers, key)) return;
    const items: Record<string, string>[] = [];
    const lastRow = Math.min(sheet.rowCount, MAX_LIST_ROWS);
    for (let row = 2; row <= lastRow; row++) {
      const path = `${key}[${items.length}]`;
      const item = read(sheet, row, path);
      const filled = Object.fromEntries(
        Object.entries(item).filter((e): e is [string, string] => e[1] !== undefined),
      );
      if (Object.keys(filled).length === 0) {
        for (const p of [...cells.keys()]) if (p.startsWith(`${path}.`)) cells.delete(p);
        continue;
      }
      cells.set(path, `${name}!A${row}`);
      items.push(filled);
    }
    if (items.length > 0) content[key] = items;
  };

  listRows('conditions', (sheet, row, path) => {
    const conditionId = text(sheet, row, 1, `${path}.conditionId`)?.trim();
    const status = text(sheet, row, 3, `${path}.status`);
    const statement = text(sheet, row, 4, `${path}.statement`);
    const evidence = text(sheet, row, 5, `${path}.evidence`);
    // A condition listed with nothing reported about it is not an answer.
    if (!status && !statement && !evidence) return {};
    return {
      conditionId,
      status: status && codeOf(status, CONDITION_STATUS_NAMES),
      statement,
      evidence,
    };
  });
  listRows('workstreams', (sheet, row, path) => {
    const rag = text(sheet, row, 2, `${path}.rag`);
    return {
      name: text(sheet, row, 1, `${path}.name`),
      rag: rag && codeOf(rag, RAG_NAMES),
      note: text(sheet, row, 3, `${path}.note`),
    };
  });
  listRows('risks', (sheet, row, path) => {
    const rag = text(sheet, row, 2, `${path}.rag`);
    return {
      title: text(sheet, row, 1, `${path}.title`),
      rag: rag && codeOf(rag, RAG_NAMES),
      mitigation: text(sheet, row, 3, `${path}.mitigation`),
    };
  });

  const narrativeSheet = sheetOf(NARRATIVE_SHEET, 'narrative');
  if (narrativeSheet && headersMatch(narrativeSheet, ['Narrative'], 'narrative')) {
    const narrative = text(narrativeSheet, 2, 1, 'narrative');
    if (narrative !== undefined) content.narrative = narrative;
  }

  if (problems.length > 0) throw workbookInvalid(problems);
  const parsed = ReturnDraft.safeParse(content);
  if (!parsed.success) throw workbookInvalid(withCells(parsed.error, cells));
  return parsed.data;
}

function workbookInvalid(errors: FieldError[]) {
  return new InvalidError('The workbook has problems: nothing was saved.', errors);
}

/** Each validation problem with the cell of its field, or of the nearest row it belongs to. */
function withCells(error: ZodError, cells: Map<string, string>): FieldError[] {
  return fieldErrors(error).map((e) => {
    for (let path = e.path; path; path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      const cell = cells.get(path);
      if (cell) return { ...e, cell };
      if (!/(\.[^.[\]]+|\[\d+\])$/.test(path)) break;
    }
    return e;
  });
}
