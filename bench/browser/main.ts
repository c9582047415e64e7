/**
 * Storage benchmarks that must run in a real browser's IndexedDB: saving one edit, and opening a partner with
 * 10 years × 300 entries the way the partner page does (read every year's entries, compute every year). Each
 * has a baseline measured here in the same run: a bare Dexie put of the same row, a bare read of the same
 * rows. Results go to window.__bench for the runner (bench/app.ts).
 */

import {
  createInventory,
  listEntriesOfPartner,
  listInventories,
  updateEntry,
} from '../../src/db/inventories';
import { createOrganization, listSites } from '../../src/db/organizations';
import type { EntryRow } from '../../src/db/rows';
import { PaastoDb } from '../../src/db/schema';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { computeYear } from '../../src/state/results';

const ACTIVITIES: Pick<EntryRow, 'category' | 'activity' | 'unit'>[] = [
  { category: 's1.stationary', activity: 'fuel.light-fuel-oil', unit: 'l' },
  { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'l' },
  { category: 's2.electricity', activity: 'electricity.fi', unit: 'kWh' },
  { category: 's2.heat', activity: 'district-heat.fi', unit: 'MWh' },
  { category: 's3.06', activity: 'flight.intl.economy', unit: 'pkm' },
  { category: 's3.01', activity: 'spend.it.computers', unit: 'EUR' },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function run() {
  const db = new PaastoDb(`bench-${Date.now()}`);
  const org = await createOrganization(db, { name: 'Bench Oy' });
  for (let y = 0; y < 10; y++) {
    const inv = await createInventory(db, org.id, 2015 + y, { factorSet: DEFAULT_FACTOR_SET });
    const rows: EntryRow[] = Array.from({ length: 300 }, (_, i) => {
      const a = ACTIVITIES[i % ACTIVITIES.length] as (typeof ACTIVITIES)[number];
      return {
        ...a,
        id: crypto.randomUUID(),
        inventoryId: inv.id,
        order: i + 1,
        quantity: 100 + i,
        quantityText: String(100 + i),
        updatedAt: new Date().toISOString(),
      };
    });
    await db.entries.bulkAdd(rows);
  }
  await loadBuiltinSet(DEFAULT_FACTOR_SET);
  const some = await db.entries.limit(50).toArray();

  // Each save is followed by its baseline, the same row written by a bare put (no transaction of ours, no
  // inventory touched): alternating, a change in the machine's load moves both alike.
  const save: number[] = [];
  const bareSave: number[] = [];
  for (let i = 0; i < some.length; i++) {
    const e = some[i] as EntryRow;
    let t = performance.now();
    await updateEntry(db, e.id, { quantity: i, quantityText: String(i) });
    save.push(performance.now() - t);
    t = performance.now();
    await db.entries.put({
      ...e,
      quantity: i + 1,
      quantityText: String(i + 1),
      updatedAt: new Date().toISOString(),
    });
    bareSave.push(performance.now() - t);
  }

  const open: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t = performance.now();
    // What the partner page does (src/ui/pages/PartnerPage.tsx): years, their entries, sites, then every year.
    const years = await listInventories(db, org.id);
    const entries = await listEntriesOfPartner(db, org.id);
    const sites = await listSites(db, org.id);
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    let sum = 0;
    for (const y of years) {
      const view = computeYear(
        y,
        entries.get(y.id) ?? [],
        sites.map((s) => s.id),
        set,
      );
      sum += view.result?.total.location ?? 0;
    }
    open.push(performance.now() - t);
    if (!(sum > 0)) throw new Error('no totals');
  }
  // Baseline: the same reads as the page (one indexed read per year in parallel), nothing computed.
  const bareOpen: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t = performance.now();
    const years = await db.inventories.where('orgId').equals(org.id).toArray();
    const lists = await Promise.all(years.map((y) => db.entries.where('inventoryId').equals(y.id).toArray()));
    await db.sites.where('orgId').equals(org.id).toArray();
    bareOpen.push(performance.now() - t);
    if (lists.flat().length !== 3000) throw new Error('rows missing');
  }
  db.close();
  return {
    saveMs: median(save),
    bareSaveMs: median(bareSave),
    openMs: median(open.slice(3)),
    bareOpenMs: median(bareOpen.slice(3)),
    entries: 3000,
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
