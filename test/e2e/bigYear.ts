/**
 * A transport company's year of 20,000 entries, for the big-year browser test and bench: daily fuel-card
 * rows (diesel and petrol, each dated to its month), monthly electricity and heat, a few heating-oil rows,
 * flights without dates, a few unfinished rows and a few with a unit of the wrong kind. The rows are written
 * straight into the app's IndexedDB through the page, as a spreadsheet import would leave them.
 */
import type { Page } from 'playwright-core';
import type { EntryRow } from '../../src/db/rows';

export const BIG_YEAR_SIZE = 20_000;

/** The little of IndexedDB used here, as the tests' types (no DOM library) see it inside page.evaluate. */
interface Req<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface Tx {
  objectStore(name: string): { getAll(): Req<unknown[]>; put(value: unknown): unknown };
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  error: unknown;
}
interface Idb {
  transaction(stores: string | string[], mode: 'readonly' | 'readwrite'): Tx;
  close(): void;
}
type PageGlobal = { indexedDB: { open(name: string): Req<Idb> } };

type Kind = Pick<EntryRow, 'category' | 'activity' | 'unit'> & { n: number; dated: boolean };

/** How many rows of each kind; the flights fill the rest up to `size`. */
const KINDS: Kind[] = [
  { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'l', n: 17_000, dated: true },
  { category: 's1.mobile', activity: 'vehicle-fuel.petrol', unit: 'l', n: 1_500, dated: true },
  // Litres of diesel typed with a distance unit: an error of the entry, left out of the totals.
  { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'pkm', n: 3, dated: true },
  { category: 's2.electricity', activity: 'electricity.fi', unit: 'kWh', n: 12, dated: true },
  { category: 's2.heat', activity: 'district-heat.fi', unit: 'MWh', n: 12, dated: true },
  { category: 's1.stationary', activity: 'fuel.light-fuel-oil', unit: 'l', n: 4, dated: false },
  // Unfinished: no activity chosen, no quantity.
  { category: 's3.06', activity: '', unit: 'pkm', n: 6, dated: false },
];

export function bigYearRows(inventoryId: string, size = BIG_YEAR_SIZE): EntryRow[] {
  const fixed = KINDS.reduce((n, k) => n + k.n, 0);
  if (size <= fixed) throw new Error(`a big year has more than ${fixed} entries`);
  const kinds: Kind[] = [
    ...KINDS,
    { category: 's3.06', activity: 'flight.intl.economy', unit: 'pkm', n: size - fixed, dated: false },
  ];
  const rows: EntryRow[] = [];
  const at = '2024-06-01T00:00:00.000Z';
  for (const k of kinds) {
    for (let i = 0; i < k.n; i++) {
      const order = rows.length + 1;
      // Quantities with decimals as a Finnish spreadsheet writes them.
      const quantity = k.activity === '' ? null : 20 + ((order * 37) % 600) / 4;
      const row: EntryRow = {
        id: `big-${String(order).padStart(6, '0')}`,
        inventoryId,
        order,
        category: k.category,
        activity: k.activity,
        quantity,
        quantityText: quantity === null ? '' : String(quantity).replace('.', ','),
        unit: k.unit,
        updatedAt: at,
      };
      if (k.dated) row.period = `2024-${String(1 + Math.floor((i % 365) / 30.5)).padStart(2, '0')}`;
      rows.push(row);
    }
  }
  return rows;
}

/** The id of the year 2024 of the partner named `name`, read from the page's database. */
export async function inventoryIdOf(page: Page, name: string): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((ok, fail) => {
        const req = (globalThis as unknown as PageGlobal).indexedDB.open('paastolaskuri');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['organizations', 'inventories'], 'readonly');
          const orgs = tx.objectStore('organizations').getAll();
          const invs = tx.objectStore('inventories').getAll();
          tx.oncomplete = () => {
            const org = (orgs.result as { id: string; name: string }[]).find((o) => o.name === name);
            const inv = (invs.result as { id: string; orgId: string; year: number }[]).find(
              (i) => i.orgId === org?.id && i.year === 2024,
            );
            db.close();
            if (inv) ok(inv.id);
            else fail(new Error(`no year 2024 of ${name}`));
          };
        };
      }),
    name,
  );
}

/** Writes `rows` into the page's database in one transaction. */
export async function writeRows(page: Page, rows: EntryRow[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((ok, fail) => {
        const req = (globalThis as unknown as PageGlobal).indexedDB.open('paastolaskuri');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          for (const r of rows) store.put(r);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    rows,
  );
}

/** The stored rows of these entry ids, read from the page's database (undefined where there is none). */
export async function readRows(page: Page, ids: string[]): Promise<(EntryRow | undefined)[]> {
  return page.evaluate(
    (ids) =>
      new Promise<(EntryRow | undefined)[]>((ok, fail) => {
        const req = (globalThis as unknown as PageGlobal).indexedDB.open('paastolaskuri');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('entries', 'readonly');
          const all = tx.objectStore('entries').getAll();
          tx.oncomplete = () => {
            db.close();
            const byId = new Map((all.result as EntryRow[]).map((r) => [r.id, r]));
            ok(ids.map((id) => byId.get(id)));
          };
        };
      }),
    ids,
  );
}
