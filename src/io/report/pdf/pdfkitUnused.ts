/**
 * Stands in for the parts of PDFKit's dependencies the report never uses: fontkit (embedded TrueType and
 * OpenType fonts; the report draws with the standard Helvetica) and png-js (PNG images). PDFKit imports
 * both statically; vite.config.ts points them here, which keeps about 330 KB (150 KB gzip) of code out of
 * the build and the precache (docs/report-pdf.md). Calling either is a programming error.
 */
function unused(): never {
  throw new Error('Embedded fonts and PNG images are not included in this app’s PDF writer');
}

export function create(): never {
  return unused();
}

export default class PNG {
  constructor() {
    unused();
  }
}
