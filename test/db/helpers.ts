import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PaastoDb } from '../../src/db/schema';

/** A fresh database in its own in-memory IndexedDB. */
export function freshDb(name = 'paastolaskuri'): {
  db: PaastoDb;
  indexedDB: InstanceType<typeof IDBFactory>;
} {
  const indexedDB = new IDBFactory();
  return { db: new PaastoDb(name, { indexedDB, IDBKeyRange }), indexedDB };
}
