import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** A table with a bold header row, light lines, repeated header on each page. */
export function documentTable(
  headers: string[],
  rows: string[][],
  widths?: (string | number)[],
): Content {
  if (rows.length === 0) return { text: 'None.', margin: [0, 2, 0, 10] };
  return {
    table: {
      headerRows: 1,
      // A row split over two pages is hard to read in a committee pack.
      dontBreakRows: true,
      widths: widths ?? headers.map(() => '*'),
      body: [headers.map((text) => ({ text, bold: true })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
}

export const heading = (text: string): Content => ({ text, style: 'h2' });

/**
 * The page a council attaches to a Schools Forum or Cabinet report: A4, the council and
 * title at the top, a footer with the page number, the same type throughout.
 */
export function committeeDocument(input: {
  title: string;
  council: { laCode: string; name: string };
  subtitle: string;
  /** Shown under the title: status, due date, sign-off. */
  standing: string;
  /** Short name for the footer, e.g. the period. */
  footer: string;
  content: Content[];
  /** Not yet signed off: every page says so. */
  draft?: boolean;
}): TDocumentDefinitions {
  const { council } = input;
  return {
    info: { title: input.title, creator: 'Safety Valve monitoring' },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
    },
    ...(input.draft
      ? { watermark: { text: 'DRAFT', opacity: 0.08, bold: true, fontSize: 96 } }
      : {}),
    footer: (page, pages) => ({
      text: `${council.name} · ${input.footer} · page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: `${council.name} (LA ${council.laCode})`, style: 'h1' },
      { text: input.subtitle, fontSize: 13 },
      { text: input.standing, margin: [0, 6, 0, 0] },
      ...input.content,
    ],
  };
}
