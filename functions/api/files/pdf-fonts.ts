import pdfmake from 'pdfmake';
// pdfmake's own Roboto, base64 in a JavaScript module: esbuild bundles it like any code,
// so the fonts travel inside the Lambda bundle and nothing is read from disk at run time.
import vfs from 'pdfmake/build/vfs_fonts.js';

const FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf' } as const;

// pdfmake 0.3 on Node keeps fonts in its own virtual file system; its types predate it.
const server = pdfmake as unknown as {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
};

let ready = false;

/** Makes pdfmake ready to write documents: the fonts loaded once, no file or URL access. */
export function usePdfFonts(): void {
  if (ready) return;
  for (const file of Object.values(FILES)) {
    const data = vfs[file];
    if (!data) throw new Error(`pdfmake's fonts lack ${file}`);
    server.virtualfs.writeFileSync(file, Buffer.from(data, 'base64'));
  }
  pdfmake.setFonts({
    Roboto: {
      normal: FILES.normal,
      bold: FILES.bold,
      italics: FILES.normal,
      bolditalics: FILES.bold,
    },
  });
  // A document reads nothing beyond its fonts: no URL, no local file (user text cannot
  // name an image to fetch, but the policy says so whatever a definition holds).
  pdfmake.setUrlAccessPolicy(() => false);
  server.setLocalAccessPolicy.call(pdfmake, () => false);
  ready = true;
}

/** A document definition written out as PDF bytes. */
export async function pdfBytes(definition: Parameters<typeof pdfmake.createPdf>[0]) {
  usePdfFonts();
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
