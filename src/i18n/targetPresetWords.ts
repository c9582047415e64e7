/**
 * Words of climate targets (issue 12), in Finnish and English (registered with ui.ts when this module loads):
 * the target form's problems, keyed `tgProblem_<problem>` by src/core/progress.ts's ProgressProblem, and the
 * metrics an intensity target divides by, `tgMetric_<metric>`. A test checks every id has its words.
 */

import type { TargetMetric } from '../core/commitment';
import type { ProgressProblem } from '../core/progress';
import { defineWords } from './defineWords';
import type { Lang } from './issueMessages';
import { registerWords } from './ui';

export const TARGET_WORDS = defineWords({
  fi: {
    'tgProblem_boundary-empty':
      'Valitse, mitä päästöjä tavoite koskee: scope 1, scope 2 tai vähintään yksi scope 3 -luokka.',
    'tgProblem_metric-not-chosen':
      'Valitse, mihin päästöt suhteutetaan: henkilöstöön, liikevaihtoon, pinta-alaan vai tuotantoon.',
    'tgProblem_base-year-not-calculated':
      'Vuodelta {year} ei ole laskettuja päästöjä. Kirjaa ensin vuoden {year} tiedot tai valitse perusvuodeksi vuosi, jonka päästöt on laskettu.',
    'tgProblem_base-year-metric-missing':
      'Vuoden {year} tunnusluvuista puuttuu {metric}. Lisää se vuoden asetuksiin tai valitse toinen suhdeluku.',
    'tgProblem_base-year-negative':
      'Perusvuoden {year} päästöt jäävät tavoitteen rajauksessa alle nollan, joten vähennystä ei voi laskea. Tarkista vuoden kirjaukset.',
    'tgProblem_target-before-base': 'Tavoitevuoden pitää olla perusvuoden {year} jälkeen.',
    'tgProblem_reduction-out-of-range': 'Kirjoita vähennys prosentteina väliltä 0–100.',
    tgMetric_fte: 'henkilöstö (htv)',
    'tgMetric_revenue-meur': 'liikevaihto',
    'tgMetric_floor-area-m2': 'pinta-ala',
    tgMetric_production: 'tuotanto',
  },
  en: {
    'tgProblem_boundary-empty':
      'Choose which emissions the target covers: Scope 1, Scope 2 or at least one Scope 3 category.',
    'tgProblem_metric-not-chosen':
      'Choose what emissions are divided by: employees, revenue, floor area or production.',
    'tgProblem_base-year-not-calculated':
      'There are no calculated emissions for {year}. Enter the year {year} first, or choose a base year whose emissions are calculated.',
    'tgProblem_base-year-metric-missing':
      'The key figures of {year} have no {metric}. Add it in the year’s settings or choose another measure.',
    'tgProblem_base-year-negative':
      'Within the target’s boundary the emissions of the base year {year} are below zero, so no reduction can be measured from them. Check the year’s entries.',
    'tgProblem_target-before-base': 'The target year must come after the base year {year}.',
    'tgProblem_reduction-out-of-range': 'Write the reduction as a percentage from 0 to 100.',
    tgMetric_fte: 'employees (FTE)',
    'tgMetric_revenue-meur': 'revenue',
    'tgMetric_floor-area-m2': 'floor area',
    tgMetric_production: 'production',
  },
});

registerWords(TARGET_WORDS);

type TargetWord = keyof (typeof TARGET_WORDS)['fi'];

function has(key: string): key is TargetWord {
  return Object.hasOwn(TARGET_WORDS.fi, key);
}

/** A word of this catalogue by a key made from an id; throws for a key without words (a test reads them all). */
export function targetWord(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  if (!has(key)) throw new Error(`No target words for ${key}`);
  return TARGET_WORDS[lang][key].replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}

/** An intensity target's metric in words ("henkilöstö (htv)"). */
export function metricWord(lang: Lang, metric: TargetMetric): string {
  return targetWord(lang, `tgMetric_${metric}`);
}

/**
 * A problem of a target, said beside its field. `baseYear` fills {year}; the base year's problems name it,
 * and a target year before the base says which base year it must follow.
 */
export function targetProblemWord(
  lang: Lang,
  problem: ProgressProblem,
  target: { baseYear: number; metric?: TargetMetric | undefined },
): string {
  const metric = target.metric ? metricWord(lang, target.metric) : '';
  return targetWord(lang, `tgProblem_${problem}`, { year: target.baseYear, metric });
}
