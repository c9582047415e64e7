/**
 * Activity search (issue 11, item 2): every search word of test/i18n/search/searchWords.ts typed letter by
 * letter into the year page's search, over all activities of the newest built-in set, as the page does it (the
 * whole ranked list, of which it shows eight). The figure is the mean time of one keystroke's search, judged
 * against the absolute budget of 5 ms: what a person feels while typing does not scale with the
 * machine. Making the set's index (once per set) is printed for information. The Swedish search words
 * (test/i18n/search/swedishWords.ts) are timed the same way with the reader's language Swedish.
 */
import { performance } from 'node:perf_hooks';
import { searchActivities } from '../src/i18n/search/search';
import { newestFiSet } from '../test/i18n/search/newestSet';
import { SEARCH_WORDS, type SearchWord } from '../test/i18n/search/searchWords';
import { SWEDISH_WORDS } from '../test/i18n/search/swedishWords';
import { type Figure, info, median } from './report';

export async function searchFigures(): Promise<Figure[]> {
  const set = await newestFiSet();
  const t0 = performance.now();
  searchActivities(set, 'a', { lang: 'fi' });
  const indexMs = performance.now() - t0;
  const perKeystroke = (words: readonly SearchWord[], lang: 'fi' | 'sv', label: string): Figure => {
    const keystrokes = words.flatMap(([typed]) =>
      Array.from({ length: typed.length }, (_, n) => typed.slice(0, n + 1)),
    );
    const runOnce = () => {
      const t = performance.now();
      for (const text of keystrokes) searchActivities(set, text, { lang });
      return (performance.now() - t) / keystrokes.length;
    };
    runOnce(); // warm-up
    return {
      name: `activity search${label}: ms per keystroke (${words.length} words, ${keystrokes.length} keystrokes, all categories)`,
      value: median(Array.from({ length: 5 }, runOnce)),
      unit: 'ms',
      budget: 5,
      kind: 'max',
    };
  };
  return [
    info(`activity search: index of ${set.activities.length} activities, made once per set`, indexMs, 'ms'),
    perKeystroke(SEARCH_WORDS, 'fi', ''),
    perKeystroke(SWEDISH_WORDS, 'sv', ' in Swedish'),
  ];
}
