/** Where in a workbook a problem is, in words: `Finance!C7` → "Finance sheet, cell C7". */
export function cellName(cell: string): string {
  const at = cell.lastIndexOf('!');
  if (at < 0) return `Cell ${cell}`;
  // Excel quotes a sheet name with spaces: 'Savings by mitigation'!B3.
  const sheet = cell.slice(0, at).replace(/^'(.*)'$/, '$1');
  return `${sheet} sheet, cell ${cell.slice(at + 1)}`;
}
