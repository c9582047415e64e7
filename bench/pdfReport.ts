/**
 * The PDF report: time to make it for 300 entries × 5 years in Chromium (bench/pdfpage), judged against bare
 * PDFKit writing as much text in the same run (the times are printed for information), and the gzipped size
 * of the code loaded when a report is made. Checks that the report code is not in the app's first visit.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, tempDir } from '../test/e2e/browser';
import { PDFKIT_ALIASES } from '../vite.config';
import { firstVisitJs } from './app';
import { runBenchPage } from './benchPage';
import { type Figure, info, relative } from './report';

/** A string only PDFKit's code contains (one of its error messages), not our stub of its unused parts. */
const PDFKIT_MARK = 'Cannot add child to already-ended structure element';

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/** The chunks the page's dynamic imports of the report code load (with what they import statically). */
function reportChunks(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const roots = (entry?.dynamicImports ?? []).filter((k) => /report/i.test(k));
  if (roots.length === 0) throw new Error('the bench page imports no report code on demand');
  const seen = new Set<string>();
  const visit = (key: string) => {
    const c = manifest[key];
    if (!c || c.isEntry || seen.has(c.file)) return;
    seen.add(c.file);
    for (const i of c.imports ?? []) visit(i);
  };
  for (const r of roots) visit(r);
  return [...seen];
}

export async function pdfFigures(): Promise<Figure[]> {
  const app = tempDir();
  const dist = tempDir();
  try {
    await buildApp(app);
    const first = firstVisitJs(app);
    const leaked = first.files.filter((f) => readFileSync(join(app, f), 'utf8').includes(PDFKIT_MARK));
    if (leaked.length > 0)
      throw new Error(`the report code is in the first-visit bundle: ${leaked.join(', ')}`);

    await buildApp(dist, {
      root: 'bench/pdfpage',
      // The page's build has no config file of its own: PDFKit resolved as the app resolves it.
      resolve: { alias: PDFKIT_ALIASES },
      build: { outDir: dist, emptyOutDir: true, manifest: true },
    });
    const onDemand = reportChunks(dist);
    if (!onDemand.some((f) => readFileSync(join(dist, f), 'utf8').includes(PDFKIT_MARK)))
      throw new Error('PDFKit was not found in the chunks loaded on demand');
    const bytes = onDemand.reduce((n, f) => n + gz(join(dist, f)), 0);

    const r = await runBenchPage<{ firstMs: number; medianMs: number; bareMs: number }>(dist);
    return [
      info('PDF report, 300 entries × 5 years, first (code load included, Chromium)', r.firstMs, 'ms'),
      info('PDF report, 300 entries × 5 years, median (Chromium)', r.medianMs, 'ms'),
      info('baseline: bare PDFKit, a text line per entry on A4 pages (Chromium, same run)', r.bareMs, 'ms'),
      relative('PDF report, first (code load included) ÷ bare PDFKit', r.firstMs, r.bareMs, 12),
      relative('PDF report, median ÷ bare PDFKit', r.medianMs, r.bareMs, 2),
      {
        name: `report code loaded when a report is made (PDFKit included), gzip (${onDemand.length} files)`,
        value: bytes / 1024,
        unit: 'KB',
        budget: 175,
        kind: 'max',
      },
    ];
  } finally {
    rmSync(app, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}
