/**
 * App figures: the first visit's JavaScript (gzip) as the built index.html loads it, and storage timings
 * measured in Chromium (bench/browser).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, tempDir } from '../test/e2e/browser';
import { runBenchPage } from './benchPage';
import type { Figure } from './report';

/** The JS a first visit to "/" downloads: the entry script and the chunks it preloads. */
export function firstVisitJs(dist: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  return { bytes, files };
}

export async function appFigures(): Promise<Figure[]> {
  const dist = tempDir();
  const benchDist = tempDir();
  try {
    await buildApp(dist);
    const js = firstVisitJs(dist);
    await buildApp(benchDist, {
      root: 'bench/browser',
      plugins: [],
      build: { outDir: benchDist, emptyOutDir: true },
    });
    const r = await runBenchPage<{ saveMs?: number; openMs?: number }>(benchDist);
    if (r.saveMs === undefined || r.openMs === undefined) throw new Error('browser bench gave no figures');
    return [
      {
        name: `first-visit JavaScript, gzip (${js.files.length} files)`,
        value: js.bytes / 1024,
        unit: 'KB',
        budget: 80,
        kind: 'max',
      },
      { name: 'save one edit (IndexedDB, Chromium)', value: r.saveMs, unit: 'ms', budget: 10, kind: 'max' },
      {
        name: 'open a partner: 10 years × 300 entries (Chromium)',
        value: r.openMs,
        unit: 'ms',
        budget: 100,
        kind: 'max',
      },
    ];
  } finally {
    rmSync(dist, { recursive: true, force: true });
    rmSync(benchDist, { recursive: true, force: true });
  }
}
