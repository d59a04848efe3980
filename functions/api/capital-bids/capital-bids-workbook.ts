import type ExcelJS from 'exceljs';
import { loadExcel } from '../files/workbook';
import {
  BID_STATUS_NAMES,
  FUNDED_FROM_NAMES,
  PROVISION_TYPE_NAMES,
  SCHEME_STATUS_NAMES,
  SCHEME_SUPPORT_NAMES,
} from '../../../shared/domain';
import type { CapitalBidSummary } from '../../../shared/schemas/capital-bid';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const POUNDS = '"£"#,##0;-"£"#,##0';

type Cell = string | number | undefined;
interface Column<T> {
  header: string;
  width: number;
  money?: boolean;
  value: (row: T) => Cell;
}

type Row = CapitalBidSummary & { councilName?: string };
type SchemeRow = { bid: Row; scheme: CapitalBidSummary['schemes'][number] };

const BID_COLUMNS: Column<Row>[] = [
  { header: 'Council', width: 32, value: (r) => r.councilName ?? r.laCode },
  { header: 'LA code', width: 9, value: (r) => r.laCode },
  { header: 'Bid', width: 40, value: (r) => r.title },
  { header: 'Status', width: 18, value: (r) => BID_STATUS_NAMES[r.status] },
  { header: 'Submitted on', width: 13, value: (r) => r.submittedOn },
  { header: 'Requested', width: 14, money: true, value: (r) => r.requested },
  { header: 'Awarded', width: 14, money: true, value: (r) => r.awarded },
  { header: 'Decided on', width: 13, value: (r) => r.decidedOn },
  { header: 'Schemes', width: 9, value: (r) => r.schemes.length },
  { header: 'Places planned', width: 15, value: (r) => r.placesPlanned },
  { header: 'Places delivered', width: 16, value: (r) => r.placesDelivered },
  { header: 'Note', width: 60, value: (r) => r.note },
];

const SCHEME_COLUMNS: Column<SchemeRow>[] = [
  { header: 'Council', width: 32, value: (r) => r.bid.councilName ?? r.bid.laCode },
  { header: 'Bid', width: 32, value: (r) => r.bid.title },
  { header: 'Scheme', width: 48, value: (r) => r.scheme.title },
  { header: 'Provision', width: 22, value: (r) => PROVISION_TYPE_NAMES[r.scheme.provisionType] },
  { header: 'Funded from', width: 18, value: (r) => FUNDED_FROM_NAMES[r.scheme.fundedFrom] },
  { header: 'Places', width: 9, value: (r) => r.scheme.places },
  { header: 'Cost', width: 14, money: true, value: (r) => r.scheme.cost },
  {
    header: 'DfE support',
    width: 22,
    value: (r) => (r.scheme.support ? SCHEME_SUPPORT_NAMES[r.scheme.support] : undefined),
  },
  { header: 'Amount from DfE', width: 16, money: true, value: (r) => r.scheme.amount },
  { header: 'Delivery', width: 13, value: (r) => SCHEME_STATUS_NAMES[r.scheme.status] },
  { header: 'Opened on', width: 12, value: (r) => r.scheme.openedOn },
  { header: 'Places delivered', width: 16, value: (r) => r.scheme.placesDelivered },
];

/** Text a spreadsheet program could take for a formula: kept as text, never run. */
const FORMULA_START = /^[=+\-@\t\r]/;

function addSheet<T>(book: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: T[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(columns.map((c) => c.value(row) ?? null));
    columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      if (column.money) cell.numFmt = POUNDS;
      // A string cell is never a formula in the file; the text format keeps it so when edited.
      if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = '@';
    });
  }
}

/** Every bid listed (one row each) and every scheme of them (one row each). */
export async function capitalBidsWorkbook(rows: Row[]): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Safety Valve monitoring';
  addSheet(book, 'Capital bids', BID_COLUMNS, rows);
  addSheet(
    book,
    'Schemes',
    SCHEME_COLUMNS,
    rows.flatMap((bid) => bid.schemes.map((scheme) => ({ bid, scheme }))),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
