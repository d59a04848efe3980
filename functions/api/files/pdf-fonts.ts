import type pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf' } as const;

// pdfmake 0.3 on Node keeps fonts in its own virtual file system; its types predate it.
type PdfServer = typeof pdfmake & {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
};

let ready: Promise<PdfServer> | undefined;

/**
 * pdfmake and its fonts, loaded and made ready on the first document: the fonts are
 * megabytes of base64 and pdfmake brings its font and layout libraries, none of which a
 * cold start that writes no PDF should pay for. No file or URL is read afterwards.
 */
function usePdfFonts(): Promise<PdfServer> {
  ready ??= load().catch((error: unknown) => {
    // A failed load is tried again by the next document, not remembered.
    ready = undefined;
    throw error;
  });
  return ready;
}

async function load(): Promise<PdfServer> {
  const [{ default: loaded }, { default: vfs }] = await Promise.all([
    import('pdfmake'),
    // pdfmake's own Roboto, base64 in a JavaScript module: esbuild bundles it like any
    // code, so the fonts travel inside the Lambda bundle and nothing is read from disk.
    import('pdfmake/build/vfs_fonts.js'),
  ]);
  const server = loaded as PdfServer;
  for (const file of Object.values(FILES)) {
    const data = vfs[file];
    if (!data) throw new Error(`pdfmake's fonts lack ${file}`);
    server.virtualfs.writeFileSync(file, Buffer.from(data, 'base64'));
  }
  server.setFonts({
    Roboto: {
      normal: FILES.normal,
      bold: FILES.bold,
      italics: FILES.normal,
      bolditalics: FILES.bold,
    },
  });
  // A document reads nothing beyond its fonts: no URL, no local file (user text cannot
  // name an image to fetch, but the policy says so whatever a definition holds).
  server.setUrlAccessPolicy(() => false);
  server.setLocalAccessPolicy.call(server, () => false);
  return server;
}

/** A document definition written out as PDF bytes. */
export async function pdfBytes(definition: TDocumentDefinitions) {
  const server = await usePdfFonts();
  return new Uint8Array(await server.createPdf(definition).getBuffer());
}
