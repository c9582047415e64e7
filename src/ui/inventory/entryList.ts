/**
 * What a category's table lists: single entries, and groups of the rows a spreadsheet gives by period (12
 * monthly meter readings, 365 daily fuel-card rows) of one activity, unit, custom factor and site, which would
 * otherwise bury everything else. Built once per change of the stored data and sliced into pages, so a year
 * of 20,000 entries draws a few dozen table rows.
 */
import type { EntryRow } from '../../state/year';

/** Items of a list drawn at once; further ones are on the next pages. */
export const PAGE_SIZE = 50;

/** A group is made of at least this many dated rows of one kind. */
export const GROUP_MIN = 2;

/** An entry's kg CO2e both ways (the core's entryCo2e), or undefined while it is left out of the totals. */
export type EntryFigures = { location: number; market: number } | undefined;

export type ListItem =
  | { kind: 'entry'; entry: EntryRow }
  | { kind: 'group'; key: string; entries: EntryRow[] };

/**
 * The items of one category in the stored order, a group standing where its first row is. `single` entries
 * (the ones open for editing) are never put in a group, so an editor does not vanish into one when its period
 * is chosen.
 */
export function listItems(entries: readonly EntryRow[], single: ReadonlySet<string>): ListItem[] {
  // One pass for the keys, one to place: this runs for the open category at every keystroke.
  const keys: (string | undefined)[] = new Array(entries.length);
  const groups = new Map<string, EntryRow[]>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as EntryRow;
    const key = groupKey(e, single);
    keys[i] = key;
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const items: ListItem[] = [];
  for (let i = 0; i < entries.length; i++) {
    const key = keys[i];
    const members = key === undefined ? undefined : groups.get(key);
    if (key === undefined || !members || members.length < GROUP_MIN) {
      items.push({ kind: 'entry', entry: entries[i] as EntryRow });
    } else if (members[0] === entries[i]) {
      items.push({ kind: 'group', key, entries: members });
    }
  }
  return items;
}

/** Rows from a spreadsheet by period share activity, unit, custom factor and site; others stand alone. */
function groupKey(e: EntryRow, single: ReadonlySet<string>): string | undefined {
  if (e.period === undefined || e.activity === '' || single.has(e.id)) return undefined;
  return `${e.activity}|${e.unit}|${e.customFactor ?? ''}|${e.site ?? ''}`;
}

/** The first item of the page that holds `index`. */
export function pageStartOf(index: number): number {
  return Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
}

/** Sums of a group's figures; an entry left out of the totals adds nothing and is counted apart. */
export function sumFigures(
  entries: readonly EntryRow[],
  figures: (id: string) => EntryFigures,
): { location: number; market: number; counted: number; quantity: number } {
  let location = 0;
  let market = 0;
  let counted = 0;
  let quantity = 0;
  for (const e of entries) {
    const f = figures(e.id);
    if (f === undefined) continue;
    location += f.location;
    market += f.market;
    quantity += e.quantity ?? 0;
    counted++;
  }
  return { location, market, counted, quantity };
}
