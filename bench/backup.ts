/**
 * Backup figures, measured in Chromium (bench/backuppage): export and import of 100,000 entries, each against
 * its 3-second budget, and each against the bare Dexie operation it builds on, measured in the same run: the
 * import (parse, validation, checksum, plan, write) against a bulkPut of the same rows, the export (read,
 * canonical serialization, SHA-256) against a read of every table. The ratios are the figures that do not
 * depend on how loaded the machine is.
 */
import { rmSync } from 'node:fs';
import { buildApp, tempDir } from '../test/e2e/browser';
import { runBenchPage } from './benchPage';
import type { Figure } from './report';

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
      {
        name: `backup export: ${n} (read, serialize, SHA-256; Chromium)`,
        value: r.exportMs,
        unit: 'ms',
        budget: 3000,
        kind: 'max',
      },
      {
        name: `backup import: ${n} (parse, validate, checksum, plan, write with undo record; Chromium)`,
        value: r.importMs,
        unit: 'ms',
        budget: 3000,
        kind: 'max',
      },
      {
        name: 'bare Dexie bulkPut of the same rows, one transaction (Chromium, same run)',
        value: r.bulkPutMs,
        unit: 'ms',
        budget: 3000,
        kind: 'max',
      },
      {
        name: 'bare Dexie read of every table, one transaction (Chromium, same run)',
        value: r.bareReadMs,
        unit: 'ms',
        budget: 3000,
        kind: 'max',
      },
      {
        name: 'backup export ÷ bare read (export also serializes and hashes)',
        value: r.exportMs / r.bareReadMs,
        unit: '×',
        budget: 1.5,
        kind: 'max',
      },
      {
        name: 'backup import (validated) ÷ bare bulkPut (not validated)',
        value: r.importMs / r.bulkPutMs,
        unit: '×',
        budget: 1.5,
        kind: 'max',
      },
    ];
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
