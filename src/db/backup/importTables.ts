import type { PaastoDb } from '../schema';

/** Every table an import or its undo reads or writes (the trash too: a deleted partner's ids stay its own; the received files a backup brings). */
export function importTables(db: PaastoDb) {
  return [
    db.organizations,
    db.sites,
    db.inventories,
    db.entries,
    db.factorSets,
    db.settings,
    db.imports,
    db.trash,
    db.received,
    db.receivedInputs,
  ];
}
