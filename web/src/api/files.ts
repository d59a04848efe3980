import type { FileDownload } from '../components/FileDownloads';
import type { AllAlertFilters } from './alerts';
import { api } from './client';
import { overviewSearch, type OverviewQuery } from './overview';
import { councilApi } from './paths';
import type { ReturnDetail } from './returns';

/** The files the API makes, as the screens offer them: where, under what name, saying what. */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF_TYPE = 'application/pdf';
const CSV_TYPE = 'text/csv';

const returnPath = (laCode: string, period: string, rest: string) =>
  councilApi(laCode, `/returns/${encodeURIComponent(period)}${rest}`);

export const overviewFiles = (query: OverviewQuery & { period: string }): FileDownload[] => [
  {
    path: `/api/v1/overview.xlsx?${overviewSearch(query)}`,
    filename: `safety-valve-overview-${query.period}.xlsx`,
    label: 'Download this table as a spreadsheet (Excel)',
    type: XLSX_TYPE,
  },
  {
    path: `/api/v1/overview.csv?${overviewSearch(query)}`,
    filename: `safety-valve-overview-${query.period}.csv`,
    label: 'Download this table as a spreadsheet (CSV)',
    type: CSV_TYPE,
  },
];

/** A saved return as a workbook and, for committee papers, a document. */
export const returnFiles = (laCode: string, period: string): FileDownload[] => [
  {
    path: returnPath(laCode, period, '.pdf'),
    filename: `safety-valve-return-${laCode}-${period}.pdf`,
    label: 'Download this return as a document for a committee paper (PDF)',
    type: PDF_TYPE,
  },
  {
    path: returnPath(laCode, period, '.xlsx'),
    filename: `safety-valve-return-${laCode}-${period}.xlsx`,
    label: 'Download this return as a spreadsheet (Excel)',
    type: XLSX_TYPE,
  },
];

export const returnTemplateFile = (laCode: string, period: string): FileDownload => ({
  path: returnPath(laCode, period, '/template.xlsx'),
  filename: `safety-valve-return-${laCode}-${period}-template.xlsx`,
  label: 'Download the return template to fill in offline (Excel)',
  type: XLSX_TYPE,
});

export const scorecardFile = (laCode: string): FileDownload => ({
  path: councilApi(laCode, '/scorecard.xlsx'),
  filename: `safety-valve-scorecard-${laCode}.xlsx`,
  label: 'Download the scorecard as a spreadsheet (Excel)',
  type: XLSX_TYPE,
});

export const reformPlanFile = (laCode: string): FileDownload => ({
  path: councilApi(laCode, '/reform-plan.pdf'),
  filename: `send-reform-plan-${laCode}.pdf`,
  label: 'Download the reform plan as a document for a committee paper (PDF)',
  type: PDF_TYPE,
});

export const auditFile = (laCode: string): FileDownload => ({
  path: councilApi(laCode, '/audit.csv'),
  filename: `safety-valve-audit-${laCode}.csv`,
  label: 'Download the audit trail as a spreadsheet (CSV)',
  type: CSV_TYPE,
});

export function alertsFile(filters: AllAlertFilters): FileDownload {
  const query = new URLSearchParams();
  const entries = Object.entries(filters) as [string, string | undefined][];
  for (const [key, value] of entries) if (value) query.set(key, value);
  const search = query.toString();
  return {
    path: `/api/v1/alerts.xlsx${search ? `?${search}` : ''}`,
    filename: 'safety-valve-alerts.xlsx',
    label: 'Download these alerts as a spreadsheet (Excel)',
    type: XLSX_TYPE,
  };
}

/**
 * Uploads a filled-in template as the period's draft. `version` is the draft's, sent as
 * If-Match so a draft changed since is not overwritten unseen; a new draft has none.
 */
export function uploadReturnWorkbook(
  laCode: string,
  period: string,
  file: Blob,
  version: number | undefined,
): Promise<ReturnDetail> {
  // The browser may give an .xlsx no type, or another; the API goes by this one.
  const workbook = new Blob([file], { type: XLSX_TYPE });
  return api<ReturnDetail>(returnPath(laCode, period, ''), {
    method: 'PUT',
    file: workbook,
    ...(version !== undefined ? { headers: { 'If-Match': `"${version}"` } } : {}),
  });
}
