/**
 * An entry of the year in words, for choosing the entries a session note concerns and naming them under it:
 * its category, activity and quantity as typed ("Sähkö: Sähkö, Suomen keskiarvo 12 000 kWh").
 */
import { categoryInfo } from '../../core/categories';
import type { Activity, FactorSet } from '../../core/factorSet';
import type { Lang } from '../../i18n/issueMessages';
import { unitName } from '../../i18n/unitNames';
import type { EntryRow, YearRow } from '../../state/year';

const activitiesById = new WeakMap<FactorSet, Map<string, Activity>>();

/** The set's activities by id, made once per set: a label is made without searching 1 200 activities. */
function activityOf(set: FactorSet, id: string): Activity | undefined {
  let byId = activitiesById.get(set);
  if (!byId) {
    byId = new Map(set.activities.map((a) => [a.id, a]));
    activitiesById.set(set, byId);
  }
  return byId.get(id);
}

export function entryLabel(e: EntryRow, inv: YearRow, set: FactorSet | undefined, lang: Lang): string {
  const activity =
    e.activity === 'custom'
      ? inv.customFactors.find((f) => f.id === e.customFactor)?.name
      : set && activityOf(set, e.activity)?.names[lang];
  const amount = e.quantityText.trim() === '' ? '' : ` ${e.quantityText.trim()} ${unitName(e.unit, lang)}`;
  const when = e.period ? ` (${e.period})` : '';
  return `${categoryInfo(e.category).names[lang]}: ${activity ?? '–'}${amount}${when}`;
}

/** The year's entries in words, each made when it is asked for. */
export interface EntryLabels {
  readonly size: number;
  get(id: string): string | undefined;
  /**
   * Every entry's words, made at the first call: for searching them. A year of 20,000 entries would otherwise
   * make 20,000 labels at every keystroke anywhere on its page (the big-year bench found it).
   */
  all(): ReadonlyMap<string, string>;
}

export function entryLabels(
  entries: readonly EntryRow[],
  inv: YearRow,
  set: FactorSet | undefined,
  lang: Lang,
): EntryLabels {
  let byId: Map<string, EntryRow> | undefined;
  let every: Map<string, string> | undefined;
  return {
    size: entries.length,
    get(id) {
      if (every) return every.get(id);
      byId ??= new Map(entries.map((e) => [e.id, e]));
      const row = byId.get(id);
      return row && entryLabel(row, inv, set, lang);
    },
    all() {
      every ??= new Map(entries.map((e) => [e.id, entryLabel(e, inv, set, lang)]));
      return every;
    },
  };
}
