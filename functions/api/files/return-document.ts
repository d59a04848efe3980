import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
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
import { FONT_FILES, pdfFonts } from './pdf-fonts';
import type { ReturnFile } from './return-workbook';

let fontsReady = false;
function useFonts() {
  if (fontsReady) return;
  const fonts = pdfFonts();
  // pdfmake 0.3 keeps fonts in its own virtual file system; its types predate it.
  const { virtualfs, setLocalAccessPolicy } = pdfmake as unknown as {
    virtualfs: { writeFileSync(name: string, data: Buffer): void };
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
  };
  virtualfs.writeFileSync(FONT_FILES.normal, fonts.normal);
  virtualfs.writeFileSync(FONT_FILES.bold, fonts.bold);
  pdfmake.setFonts({
    Roboto: {
      normal: FONT_FILES.normal,
      bold: FONT_FILES.bold,
      italics: FONT_FILES.normal,
      bolditalics: FONT_FILES.bold,
    },
  });
  // The document reads no files or URLs beyond its fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  setLocalAccessPolicy.call(pdfmake, () => false);
  fontsReady = true;
}

const show = (field: NumberField, value: number | undefined) =>
  value === undefined
    ? 'Not given'
    : field.kind === 'money'
      ? formatPounds(value)
      : field.kind === 'percentage'
        ? `${value}%`
        : value.toLocaleString('en-GB');

const table = (headers: string[], rows: string[][], widths?: (string | number)[]): Content => ({
  table: {
    headerRows: 1,
    widths: widths ?? headers.map(() => '*'),
    body: [headers.map((text) => ({ text, bold: true })), ...rows],
  },
  layout: 'lightHorizontalLines',
  margin: [0, 4, 0, 12],
});

/**
 * A return laid out for a committee paper (Schools Forum, Cabinet): the council and
 * period, who signed it off, the figures against the agreed plan, each condition,
 * workstream and risk, and the narrative.
 */
export async function returnDocument({ council, agreement, detail }: ReturnFile) {
  useFonts();
  const { content } = detail;
  const year = periodFinancialYear(detail.period);
  const plan = agreement.trajectory.find((t) => t.financialYear === year);
  const titles = new Map(agreement.conditions.map((c) => [c.id, c.title]));
  const finance = content.finance ?? {};
  const planned: Partial<Record<string, number>> = {
    forecastCumulativeDeficit: plan?.plannedCumulativeDeficit,
    forecastInYearBalance: plan?.plannedInYearBalance,
  };
  const numbers = (fields: NumberField[], values: Record<string, number | undefined>) =>
    table(
      ['Item', 'Figure'],
      fields.map((f) => [f.label, show(f, values[f.key])]),
      ['*', 120],
    );
  const signOff = detail.signOff
    ? `Signed off by ${detail.signOff.name}, ${detail.signOff.role}${detail.submittedAt ? `, on ${formatLongDate(detail.submittedAt)}` : ''}.`
    : 'Not yet signed off.';

  const definition: TDocumentDefinitions = {
    info: { title: `${council.name}: Safety Valve return, ${periodName(detail.period)}` },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
    },
    footer: (page, pages) => ({
      text: `${council.name} · ${periodName(detail.period)} · page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: `${council.name} (LA ${council.laCode})`, style: 'h1' },
      { text: `Safety Valve monitoring return: ${periodName(detail.period)}`, fontSize: 13 },
      {
        text: `Status: ${RETURN_STATUS_NAMES[detail.status]}. Due ${formatLongDate(detail.dueOn)}. ${signOff}`,
        margin: [0, 6, 0, 0],
      },
      { text: 'Finance against the plan', style: 'h2' },
      table(
        ['Item', 'Forecast', `Planned for ${year}`],
        FINANCE_FIELDS.map((f) => [
          f.label,
          show(f, finance[f.key]),
          planned[f.key] === undefined ? '' : formatPounds(planned[f.key]!),
        ]),
        ['*', 100, 100],
      ),
      { text: 'Demand', style: 'h2' },
      numbers(DEMAND_FIELDS, content.demand ?? {}),
      { text: 'Placements of children with EHCPs', style: 'h2' },
      numbers(PLACEMENT_FIELDS, content.placements ?? {}),
      { text: 'Conditions of the agreement', style: 'h2' },
      table(
        ['Condition', 'Status', 'Position statement'],
        (content.conditions ?? []).map((c) => [
          titles.get(c.conditionId) ?? c.conditionId,
          c.status ? CONDITION_STATUS_NAMES[c.status] : '',
          [c.statement, c.evidence && `Evidence: ${c.evidence}`].filter(Boolean).join('\n'),
        ]),
        [150, 60, '*'],
      ),
      { text: 'Workstreams', style: 'h2' },
      table(
        ['Workstream', 'RAG', 'Note'],
        (content.workstreams ?? []).map((w) => [
          w.name,
          w.rag ? RAG_NAMES[w.rag] : '',
          w.note ?? '',
        ]),
        [150, 50, '*'],
      ),
      { text: 'Risks', style: 'h2' },
      table(
        ['Risk', 'RAG', 'Mitigation'],
        (content.risks ?? []).map((r) => [
          r.title,
          r.rag ? RAG_NAMES[r.rag] : '',
          r.mitigation ?? '',
        ]),
        [150, 50, '*'],
      ),
      { text: 'Narrative', style: 'h2' },
      { text: content.narrative ?? 'No narrative given.' },
    ],
  };
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
