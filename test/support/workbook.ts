import ExcelJS from 'exceljs';

/** A downloaded workbook, opened the way Excel would open it. */
export async function openWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes instanceof Uint8Array ? bytes.slice().buffer : bytes);
  return workbook;
}

/** A sheet's rows as arrays of cell values (index 0 is column A). */
export function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: ExcelJS.CellValue[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) values.push(row.getCell(i).value);
    rows[number - 1] = values;
  });
  return rows;
}

/** Every cell that holds a formula, by address: a file the service wrote must have none. */
export function formulaCells(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
          found.push(`${sheet.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}

/** Fetches a file with a token and returns its status, headers and bytes. */
export async function download(url: string, token: string) {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}
