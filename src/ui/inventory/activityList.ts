/**
 * The activities of a category in the user's language, sorted once per factor set, category and language:
 * sorting with the locale's collation for every entry at every render made opening a year slow.
 */
import type { CategoryId } from '../../core/categories';
import type { Activity, FactorSet } from '../../core/factorSet';
import type { Lang } from '../../i18n/issueMessages';

const cache = new WeakMap<FactorSet, Map<string, Activity[]>>();
const collators: Record<Lang, Intl.Collator> = { fi: new Intl.Collator('fi'), en: new Intl.Collator('en') };

export function activitiesOf(set: FactorSet, category: CategoryId, lang: Lang): Activity[] {
  let bySet = cache.get(set);
  if (!bySet) {
    bySet = new Map();
    cache.set(set, bySet);
  }
  const key = `${category}|${lang}`;
  let list = bySet.get(key);
  if (!list) {
    const c = collators[lang];
    list = set.activities
      .filter((a) => a.categories.includes(category))
      .sort((a, b) => c.compare(a.names[lang], b.names[lang]));
    bySet.set(key, list);
  }
  return list;
}

/** Activities whose Finnish or English name or keywords contain the search text. */
export function matches(a: Activity, query: string): boolean {
  return [a.names.fi, a.names.en, ...(a.keywords ?? [])].some((n) => n.toLowerCase().includes(query));
}
