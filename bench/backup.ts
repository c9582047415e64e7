/**
 * Backup figures, measured in Chromium (bench/backuppage): export and import of 100,000 entries, each against
 * the bare Dexie operation it builds on, measured in the same run: the import (parse, validation, checksum,
 * plan, write) against a bulkPut of the same rows, the export (read, canonical serialization, SHA-256) against
 * a read of every table. The ratios are judged; the times, which depend on the machine (the bulkPut alone took
 * 7.3 s on one host, under 2 s on another), are printed for information.
 */
import { rmSync } from 'node:fs';
import { buildApp, tempDir } from '../test/e2e/browser';
import { runBenchPage } from './benchPage';
import { type Figure, info, relative } from './report';

interface Result {
  exportMs: number;
  importMs: number;
  bulkPutMs: number;
  bareReadMs: number;
  readMs: number;
  planMs: number;
  applyMs: number;
  megabytes: number;
}

export async function backupFigures(): Promise<Figure[]> {
  const dist = tempDir();
  try {
    await buildApp(dist, {
      root: 'bench/backuppage',
      plugins: [],
      build: { outDir: dist, emptyOutDir: true },
    });
    const r = await runBenchPage<Result>(dist, 600_000);
    const n = '100 partners × 10 years × 100 entries';
    console.log(
      `backup: ${r.megabytes.toFixed(1)} MB; import = read+validate+checksum ${r.readMs.toFixed(0)} ms + plan ${r.planMs.toFixed(0)} ms + write ${r.applyMs.toFixed(0)} ms`,
    );
    return [
      info(`backup export: ${n} (read, serialize, SHA-256; Chromium)`, r.exportMs, 'ms'),
      info(
        'baseline: bare Dexie read of every table, one transaction (Chromium, same run)',
        r.bareReadMs,
        'ms',
      ),
      relative(
        'backup export ÷ bare read (export also serializes and hashes)',
        r.exportMs,
        r.bareReadMs,
        1.5,
      ),
      info(
        `backup import: ${n} (parse, validate, checksum, plan, write with undo record; Chromium)`,
        r.importMs,
        'ms',
      ),
      info(
        'baseline: bare Dexie bulkPut of the same rows, one transaction (Chromium, same run)',
        r.bulkPutMs,
        'ms',
      ),
      relative('backup import (validated) ÷ bare bulkPut (not validated)', r.importMs, r.bulkPutMs, 1.5),
    ];
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
