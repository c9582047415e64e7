/** Every target problem and metric has its words in both languages (src/i18n/targetPresetWords.ts). */
import { describe, expect, it } from 'vitest';
import { PROGRESS_PROBLEMS } from '../../src/core/progress';
import { TARGET_PRESET_INFO } from '../../src/core/targetPresets';
import { metricWord, presetWord, targetProblemWord, targetWord } from '../../src/i18n/targetPresetWords';
import { TARGET_METRICS, TARGET_PRESETS } from '../../src/schema/commitment';

const LANGS = ['fi', 'sv', 'en'] as const;

describe('target words', () => {
  it.each(LANGS)('says every problem as a sentence with its placeholders filled in %s', (lang) => {
    for (const p of PROGRESS_PROBLEMS) {
      const text = targetProblemWord(lang, p, { baseYear: 2022, metric: 'floor-area-m2' });
      expect(text, p).toMatch(/^\p{Lu}.*\.$/u);
      expect(text, p).not.toMatch(/[{}]/);
    }
  });

  it.each(LANGS)('names every metric in %s', (lang) => {
    for (const m of TARGET_METRICS) expect(metricWord(lang, m).length, m).toBeGreaterThan(3);
  });

  it.each(LANGS)(
    'names every preset and says its rules, assumptions and checklist as sentences in %s',
    (lang) => {
      for (const p of TARGET_PRESETS) expect(presetWord(lang, p).length, p).toBeGreaterThan(5);
      for (const preset of Object.values(TARGET_PRESET_INFO)) {
        for (const t of preset.targets) {
          expect(targetWord(lang, `tgTarget_${t.id}`).length).toBeGreaterThan(5);
          expect(targetWord(lang, `tgRule_${t.id}`)).toMatch(/^\p{Lu}.*\.$/u);
          for (const a of t.assumptions) expect(targetWord(lang, `tgAssume_${a}`)).toMatch(/^\p{Lu}.*\.$/u);
        }
        for (const i of preset.eligibility?.items ?? [])
          expect(targetWord(lang, `tgElig_${i.id}`)).toMatch(/^\p{Lu}.*\.$/u);
      }
      expect(targetWord(lang, 'tgEligSome', { n: 3 })).toContain('3');
    },
  );

  it('states the SBTi rate and the Chamber of Commerce offset limit in the Finnish words', () => {
    expect(targetWord('fi', 'tgRule_sbtiNearTerm')).toContain('4,2\u00a0%');
    expect(targetWord('fi', 'tgRule_chamberNeutral2035')).toContain('20\u00a0%');
  });

  it('names the base year and the missing metric', () => {
    const t = { baseYear: 2021, metric: 'fte' as const };
    expect(targetProblemWord('fi', 'base-year-metric-missing', t)).toBe(
      'Vuoden 2021 tunnusluvuista puuttuu henkilöstö (htv). Lisää se vuoden asetuksiin tai valitse toinen suhdeluku.',
    );
    expect(targetProblemWord('en', 'target-before-base', t)).toContain('2021');
  });

  it('throws for an id without words instead of showing an empty message', () => {
    expect(() => targetWord('fi', 'tgProblem_nosuch')).toThrow(/tgProblem_nosuch/);
  });
});
