import {
  AGREEMENT_STATUS_NAMES,
  PROGRAMME_NAMES,
  RAG_NAMES,
  RETURN_STATUS_NAMES,
  periodName,
} from '../../../shared/schemas/names';
import type { OverviewRow } from '../../../shared/schemas/overview';
import { column } from './columns';

/** The DfE overview as a table: one row per council, for the CSV and the workbook. */
export const OVERVIEW_COLUMNS = [
  column<OverviewRow>('LA code', 'text', (r) => r.laCode, 8),
  column<OverviewRow>('Council', 'text', (r) => r.name, 30),
  column<OverviewRow>('Region', 'text', (r) => r.region),
  column<OverviewRow>('Programme', 'text', (r) => r.programme && PROGRAMME_NAMES[r.programme]),
  column<OverviewRow>(
    'Agreement status',
    'text',
    (r) => r.agreementStatus && AGREEMENT_STATUS_NAMES[r.agreementStatus],
    14,
  ),
  column<OverviewRow>('Period', 'text', (r) => r.period && periodName(r.period), 18),
  column<OverviewRow>('Return status', 'text', (r) => RETURN_STATUS_NAMES[r.returnStatus], 14),
  column<OverviewRow>('Return due on', 'date', (r) => r.dueOn),
  column<OverviewRow>('Late', 'yes-no', (r) => r.late),
  column<OverviewRow>('Financial year', 'text', (r) => r.financialYear, 10),
  column<OverviewRow>(
    'Forecast cumulative deficit (£)',
    'money',
    (r) => r.forecastCumulativeDeficit,
  ),
  column<OverviewRow>('Planned cumulative deficit (£)', 'money', (r) => r.plannedCumulativeDeficit),
  column<OverviewRow>('Variance against plan (£)', 'money', (r) => r.variance),
  column<OverviewRow>('Variance against plan (%)', 'percent', (r) => r.variancePct),
  column<OverviewRow>('Open amber alerts', 'count', (r) => r.openAlerts.amber),
  column<OverviewRow>('Open red alerts', 'count', (r) => r.openAlerts.red),
  column<OverviewRow>('RAG rating', 'text', (r) => RAG_NAMES[r.rag], 8),
  column<OverviewRow>('DfE paid to date (£)', 'money', (r) => r.dfePaidToDate),
  column<OverviewRow>('Next instalment', 'text', (r) => r.nextTranche?.id, 14),
  column<OverviewRow>('Next instalment (£)', 'money', (r) => r.nextTranche?.amount),
  column<OverviewRow>('Next instalment due on', 'date', (r) => r.nextTranche?.dueOn),
  column<OverviewRow>('Latest return', 'text', (r) => r.latest && periodName(r.latest.period), 18),
  column<OverviewRow>('Latest return against plan (£)', 'money', (r) => r.latest?.variance),
  column<OverviewRow>('Reform plan', 'text', (r) => inWords(r.reformPlanStatus), 12),
  column<OverviewRow>(
    'Stability grant status',
    'text',
    (r) => inWords(r.stabilityGrant.status),
    22,
  ),
  column<OverviewRow>('Stability grant (£)', 'money', (r) => r.stabilityGrant.grant),
];

/** A status code as words: `awaiting-plan-approval` → "Awaiting plan approval". */
function inWords(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
