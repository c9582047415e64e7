/**
 * The entries of the year on screen, current after every write in this tab or another, for the year page:
 * unlike a live query, a keystroke re-reads only the entry it changed (watchEntries), so a year of 20,000
 * entries stays responsive. A failed read keeps the last rows on screen and reads again a moment later.
 */
import { useEffect, useState } from 'preact/hooks';
import { watchEntries } from '../db/inventories';
import type { EntryRow } from '../db/rows';
import { db } from './database';

const RETRY_MS = 1000;

export function useYearEntries(inventoryId: string | undefined): EntryRow[] | undefined {
  const [rows, setRows] = useState<{ id: string; rows: EntryRow[] } | undefined>(undefined);
  useEffect(() => {
    if (inventoryId === undefined) return;
    let stop: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      stop = watchEntries(
        db,
        inventoryId,
        (list) => setRows({ id: inventoryId, rows: list }),
        () => {
          stop?.();
          timer = setTimeout(watch, RETRY_MS);
        },
      );
    };
    watch();
    return () => {
      stop?.();
      if (timer) clearTimeout(timer);
    };
  }, [inventoryId]);
  // Another year's rows are never shown while this one's are read.
  return rows && rows.id === inventoryId ? rows.rows : undefined;
}
