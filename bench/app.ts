/**
 * App figures: the first visit's JavaScript (gzip) as the built index.html loads it (a size: judged as is), and
 * storage timings measured in Chromium (bench/browser), judged against the bare Dexie operation measured in the
 * same run and printed for information.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, tempDir } from '../test/e2e/browser';
import { runBenchPage } from './benchPage';
import { type Figure, info, relative } from './report';

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
    const r = await runBenchPage<{
      saveMs?: number;
      bareSaveMs?: number;
      openMs?: number;
      bareOpenMs?: number;
    }>(benchDist);
    if (
      r.saveMs === undefined ||
      r.bareSaveMs === undefined ||
      r.openMs === undefined ||
      r.bareOpenMs === undefined
    )
      throw new Error('browser bench gave no figures');
    return [
      {
        name: `first-visit JavaScript, gzip (${js.files.length} files)`,
        value: js.bytes / 1024,
        unit: 'KB',
        budget: 80,
        kind: 'max',
      },
      info('save one edit (IndexedDB, Chromium)', r.saveMs, 'ms'),
      info('baseline: bare Dexie put of the same row (Chromium, same run)', r.bareSaveMs, 'ms'),
      relative('save one edit ÷ bare put', r.saveMs, r.bareSaveMs, 2.5),
      info('open a partner: 10 years × 300 entries (Chromium)', r.openMs, 'ms'),
      info('baseline: bare Dexie read of the same rows (Chromium, same run)', r.bareOpenMs, 'ms'),
      relative('open a partner (read and compute every year) ÷ bare read', r.openMs, r.bareOpenMs, 2.5),
    ];
  } finally {
    rmSync(dist, { recursive: true, force: true });
    rmSync(benchDist, { recursive: true, force: true });
  }
}
