/**
 * The activities of a category in the user's language, sorted once per factor set, category and language:
 * sorting with the locale's collation for every entry at every render made opening a year slow.
 */
import type { CategoryId } from '../../core/categories';
import type { Activity, FactorSet } from '../../core/factorSet';
import { localName } from '../../core/source';
import type { Lang } from '../../i18n/issueMessages';
import { searchActivities } from '../../i18n/search/search';

const cache = new WeakMap<FactorSet, Map<string, Activity[]>>();
const collators: Record<Lang, Intl.Collator> = {
  fi: new Intl.Collator('fi'),
  en: new Intl.Collator('en'),
  sv: new Intl.Collator('sv'),
};

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
      .sort((a, b) => c.compare(localName(a.names, lang), localName(b.names, lang)));
    bySet.set(key, list);
  }
  return list;
}

/**
 * The activities of a category that the search text finds, best first (src/i18n/search); without a text, all
 * of them in alphabetical order. The chosen activity stays listed first, found or not: the list is a select's
 * options, and a select shows the value it has only among them.
 */
export function activitiesFound(
  set: FactorSet,
  category: CategoryId,
  text: string,
  lang: Lang,
  chosen: string,
): Activity[] {
  if (text.trim() === '') return activitiesOf(set, category, lang);
  const found = searchActivities(set, text, { lang, category }).map((h) => h.activity);
  const current = found.some((a) => a.id === chosen)
    ? undefined
    : set.activities.find((a) => a.id === chosen);
  return current ? [current, ...found] : found;
}
