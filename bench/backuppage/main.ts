/**
 * Backup and import of 100 partners × 10 years × 100 entries (100,000 entries) in Chromium's IndexedDB:
 * export (one read of every table, canonical serialization, SHA-256), import (JSON parse, validation of every
 * row and the checksum, the preview plan, the one-transaction write with its undo record), and, for scale,
 * a bare Dexie bulkPut of the same rows into an empty database in one transaction and a bare read of every
 * table in one transaction. Results go to
 * window.__bench for the runner (bench/backup.ts).
 */
import { applyImport } from '../../src/db/backup/applyImport';
import { exportBackup } from '../../src/db/backup/exportBackup';
import { readImportText } from '../../src/db/backup/readImport';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from '../../src/db/rows';
import { PaastoDb } from '../../src/db/schema';
import { defaultChoices, planImport } from '../../src/state/importPlan';

const PARTNERS = 100;
const YEARS = 10;
const ENTRIES = 100;
const T = '2026-11-28T10:00:00.000Z';

const ACTIVITIES: Pick<EntryRow, 'category' | 'activity' | 'unit'>[] = [
  { category: 's1.stationary', activity: 'fuel.light-fuel-oil', unit: 'l' },
  { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'l' },
  { category: 's2.electricity', activity: 'electricity.fi', unit: 'kWh' },
  { category: 's2.heat', activity: 'district-heat.fi', unit: 'MWh' },
  { category: 's3.06', activity: 'flight.intl.economy', unit: 'pkm' },
  { category: 's3.01', activity: 'spend.it.computers', unit: 'EUR' },
];

function rows() {
  const organizations: OrganizationRow[] = [];
  const sites: SiteRow[] = [];
  const inventories: InventoryRow[] = [];
  const entries: EntryRow[] = [];
  for (let p = 0; p < PARTNERS; p++) {
    const orgId = crypto.randomUUID();
    organizations.push({
      id: orgId,
      name: `Yritys ${p} Oy`,
      municipality: 'Joensuu',
      createdAt: T,
      updatedAt: T,
    });
    const siteId = crypto.randomUUID();
    sites.push({ id: siteId, orgId, name: 'Toimisto', order: 0 });
    for (let y = 0; y < YEARS; y++) {
      const invId = crypto.randomUUID();
      inventories.push({
        id: invId,
        orgId,
        year: 2015 + y,
        boundary: 'operational-control',
        gwp: 'AR6',
        factorSet: { id: 'fi', release: '2025.1' },
        radiativeForcing: true,
        metrics: { fte: 12 },
        customFactors: [],
        excluded: [],
        status: 'draft',
        createdAt: T,
        updatedAt: T,
      });
      for (let i = 0; i < ENTRIES; i++) {
        const a = ACTIVITIES[i % ACTIVITIES.length] as (typeof ACTIVITIES)[number];
        entries.push({
          ...a,
          id: crypto.randomUUID(),
          inventoryId: invId,
          order: i + 1,
          quantity: 100 + i * 1.5,
          quantityText: `${100 + i},5`,
          site: siteId,
          period: `${2015 + y}-${String((i % 12) + 1).padStart(2, '0')}`,
          dataQuality: 'invoice',
          sourceNote: 'Lasku',
          updatedAt: T,
        });
      }
    }
  }
  return { organizations, sites, inventories, entries };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function run() {
  const data = rows();
  const fill = async (db: PaastoDb) =>
    db.transaction('rw', [db.organizations, db.sites, db.inventories, db.entries], async () => {
      await db.organizations.bulkPut(data.organizations);
      await db.sites.bulkPut(data.sites);
      await db.inventories.bulkPut(data.inventories);
      await db.entries.bulkPut(data.entries);
    });
  const src = new PaastoDb(`bench-backup-src-${Date.now()}`);
  await fill(src);
  const exportMs: number[] = [];
  const importMs: number[] = [];
  const bulkPutMs: number[] = [];
  const bareReadMs: number[] = [];
  const parts = { read: [] as number[], plan: [] as number[], apply: [] as number[] };
  let bytes = 0;
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    await src.transaction('r', src.tables, () => Promise.all(src.tables.map((tb) => tb.toArray())));
    bareReadMs.push(performance.now() - t);
    t = performance.now();
    const { text } = await exportBackup(src, { appVersion: 'bench' });
    exportMs.push(performance.now() - t);
    bytes = text.length;

    const bare = new PaastoDb(`bench-backup-bare-${Date.now()}-${r}`);
    await bare.open();
    t = performance.now();
    await fill(bare);
    bulkPutMs.push(performance.now() - t);
    await bare.delete();

    const into = new PaastoDb(`bench-backup-into-${Date.now()}-${r}`);
    await into.open();
    t = performance.now();
    const read = await readImportText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
    const t1 = performance.now();
    const plan = await planImport(into, read.source, { lang: 'fi' });
    const t2 = performance.now();
    const done = await applyImport(into, plan, defaultChoices(plan));
    const t3 = performance.now();
    importMs.push(t3 - t);
    parts.read.push(t1 - t);
    parts.plan.push(t2 - t1);
    parts.apply.push(t3 - t2);
    if (!done.ok || done.counts.entriesWritten !== PARTNERS * YEARS * ENTRIES)
      throw new Error('import incomplete');
    if ((await into.entries.count()) !== PARTNERS * YEARS * ENTRIES) throw new Error('entries missing');
    await into.delete();
  }
  await src.delete();
  return {
    exportMs: median(exportMs),
    importMs: median(importMs),
    bulkPutMs: median(bulkPutMs),
    bareReadMs: median(bareReadMs),
    readMs: median(parts.read),
    planMs: median(parts.plan),
    applyMs: median(parts.apply),
    megabytes: bytes / 1024 / 1024,
  };
}

const w = window as unknown as { __bench?: unknown };
run().then(
  (r) => {
    w.__bench = r;
  },
  (e: unknown) => {
    w.__bench = { error: String(e) };
  },
);
