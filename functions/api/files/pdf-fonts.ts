import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf' } as const;

/**
 * Where a font file is: beside the Lambda bundle (the bundling copies them to `fonts/`),
 * or, when running from source, in pdfmake's own package.
 */
function fontPath(file: string): string {
  const bundled = fileURLToPath(new URL(`./fonts/${file}`, import.meta.url));
  if (existsSync(bundled)) return bundled;
  return createRequire(import.meta.url).resolve(`pdfmake/fonts/Roboto/${file}`);
}

let loaded: Record<keyof typeof FILES, Buffer> | undefined;

/** The document fonts, read once per process. */
export function pdfFonts(): Record<keyof typeof FILES, Buffer> {
  loaded ??= {
    normal: readFileSync(fontPath(FILES.normal)),
    bold: readFileSync(fontPath(FILES.bold)),
  };
  return loaded;
}

export const FONT_FILES = FILES;
