import type { Context } from 'hono';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Whether a request's Content-Type is an Excel workbook. */
export function isWorkbook(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === XLSX_TYPE;
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const PDF_TYPE = 'application/pdf';

/** A file to download, under a name that says what it is. */
export function fileResponse(
  c: Context,
  bytes: Uint8Array | string,
  type: string,
  filename: string,
): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer> | string, 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '-')}"`,
    'Cache-Control': 'no-store',
  });
}

/** How a file route describes its 200 in the OpenAPI document. */
export const fileContent = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string' as const, format: 'binary' } } },
});
