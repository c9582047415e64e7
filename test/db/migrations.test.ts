/**
 * Every released schema version has a fixture of the rows it stored. Each is written with that version's
 * declaration and opened with the current code: every row must be there, migrated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Checker, type JsonObject } from '../../src/core/check';
import type { Commitment } from '../../src/core/commitment';
import { validateCommitment } from '../../src/core/commitmentChecks';
import { CURRENT_VERSION, DB_NAME, PaastoDb, SCHEMA_VERSIONS } from '../../src/db/schema';
import { OrganizationRowSchema } from '../../src/schema/organization';
import { readRecord } from '../../src/schema/read';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtures = readdirSync('test/fixtures')
  .filter((f) => /^db-v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`test/fixtures/${f}`, 'utf8')) as Fixture);

/** A database as an app of `version` left it: only the declarations up to that version. */
async function writeAsVersion(indexedDB: InstanceType<typeof IDBFactory>, fx: Fixture): Promise<void> {
  const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
  for (const [v, stores] of Object.entries(SCHEMA_VERSIONS))
    if (Number(v) <= fx.version) old.version(Number(v)).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fx.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema migrations', () => {
  it('has a fixture for every released version', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(Object.keys(SCHEMA_VERSIONS).map(Number).sort());
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'opens version %i data with the current code, every row there',
    async (_v, fx) => {
      const indexedDB = new IDBFactory();
      await writeAsVersion(indexedDB, fx);
      const db = new PaastoDb(DB_NAME, { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      const reshaped = fx.version < 3 ? ['organizations', 'inventories'] : [];
      for (const [table, rows] of Object.entries(fx.tables)) {
        const stored = await db.table(table).toArray();
        expect(stored.length, table).toBe(rows.length);
        // Every version's rows must be there unchanged, but those version 3 reshapes (own factors move from
        // the years to the partner), which are checked below and in the test of that upgrade.
        if (!reshaped.includes(table)) expect(stored, table).toEqual(expect.arrayContaining(rows));
      }
      if (fx.version < 3) {
        // The fixture's one year had one own factor: now on its partner, the year without a list of its own.
        const invs = await db.inventories.toArray();
        expect(invs).toEqual((fx.tables.inventories ?? []).map(({ customFactors: _moved, ...rest }) => rest));
        const org = await db.organizations.get('org-1');
        expect(org?.customFactors).toEqual(fx.tables.inventories?.[0]?.customFactors);
        expect(await db.organizations.get('org-demo')).toEqual(
          fx.tables.organizations?.find((o) => o.id === 'org-demo'),
        );
      }
      // Tables added after the fixture's version exist, empty.
      for (const t of db.tables) if (!(t.name in fx.tables)) expect(await t.count(), t.name).toBe(0);
      expect(db.tables.map((t) => t.name).sort()).toEqual(
        Object.keys(Object.assign({}, ...Object.values(SCHEMA_VERSIONS))).sort(),
      );
      db.close();
    },
  );

  it('a version 4 partner’s commitment reads back through its row schema, as a backup reads it', async () => {
    const fx = fixtures.find((f) => f.version === 4);
    const indexedDB = new IDBFactory();
    if (!fx) throw new Error('no fixture');
    await writeAsVersion(indexedDB, fx);
    const db = new PaastoDb(DB_NAME, { indexedDB, IDBKeyRange });
    const stored = await db.organizations.get('org-1');
    db.close();
    expect(stored?.commitment?.targets).toHaveLength(1);
    const c = new Checker('keep');
    const read = readRecord(c, OrganizationRowSchema, stored as unknown as JsonObject, '', 'draft', {
      skip: ['customFactors'],
    });
    expect(c.issues).toEqual([]);
    expect(read.commitment).toEqual(stored?.commitment);
    expect(validateCommitment(read.commitment as Commitment, '/commitment')).toEqual([]);
  });

  it('a failing upgrade leaves the old data and version as they were', async () => {
    const fx = fixtures.find((f) => f.version === CURRENT_VERSION);
    if (!fx) throw new Error('no fixture');
    const indexedDB = new IDBFactory();
    await writeAsVersion(indexedDB, fx);
    class Broken extends PaastoDb {
      constructor() {
        super(DB_NAME, { indexedDB, IDBKeyRange });
        this.version(CURRENT_VERSION + 1)
          .stores({})
          .upgrade(async (tx) => {
            await tx
              .table('entries')
              .toCollection()
              .modify((e: { quantity: unknown }) => {
                e.quantity = 'corrupted';
              });
            throw new Error('upgrade failed half-way');
          });
      }
    }
    const broken = new Broken();
    await expect(broken.open()).rejects.toThrow(/upgrade failed half-way/);
    broken.close();
    const db = new PaastoDb(DB_NAME, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.entries.toArray()).toEqual(expect.arrayContaining(fx.tables.entries ?? []));
    db.close();
  });

  it('an old tab gives way to a new version: its connection closes on versionchange', async () => {
    const indexedDB = new IDBFactory();
    const oldTab = new PaastoDb(DB_NAME, { indexedDB, IDBKeyRange });
    await oldTab.open();
    let told = false;
    oldTab.on('versionchange', () => {
      told = true;
      oldTab.close();
      return false;
    });
    class Next extends PaastoDb {
      constructor() {
        super(DB_NAME, { indexedDB, IDBKeyRange });
        this.version(CURRENT_VERSION + 1).stores({});
      }
    }
    const newTab = new Next();
    await newTab.open();
    expect(told).toBe(true);
    expect(newTab.verno).toBe(CURRENT_VERSION + 1);
    newTab.close();
  });
});
