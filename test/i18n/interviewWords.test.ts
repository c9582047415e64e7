/** Every id of the interview and the checklist has its words in both languages (src/i18n/uiInterview.ts). */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_DOCUMENTS } from '../../src/core/checklist';
import { QUESTIONS, THEME_IDS } from '../../src/core/interview';
import { answerWord, interviewWord } from '../../src/i18n/uiInterview';

const LANGS = ['fi', 'sv', 'en'] as const;

describe('interview words', () => {
  it.each(LANGS)('has a question, every answer and every justification in %s', (lang) => {
    for (const q of QUESTIONS) {
      expect(interviewWord(lang, `ivQ_${q.id}`)).toMatch(/\?$/);
      for (const a of q.answers) {
        expect(answerWord(lang, q.id, a.id).length, `${q.id}/${a.id}`).toBeGreaterThan(1);
        for (const v of a.verdicts)
          if (!v.open) expect(interviewWord(lang, `ivR_${v.reason}`)).toMatch(/\.$/);
      }
    }
  });

  it.each(LANGS)('names every theme and document in %s', (lang) => {
    for (const t of THEME_IDS) expect(interviewWord(lang, `ivTheme_${t}`)).not.toBe('');
    for (const d of CHECKLIST_DOCUMENTS) expect(interviewWord(lang, `clDoc_${d}`)).toMatch(/\.$/);
  });

  it('writes the vehicles justification as the partner network does', () => {
    expect(interviewWord('fi', 'ivR_noVehicles')).toMatch(/^Yrityksellä ei ole omia/);
  });

  it('throws for an id without words instead of showing an empty label', () => {
    expect(() => interviewWord('fi', 'ivQ_nosuch')).toThrow(/ivQ_nosuch/);
    expect(() => answerWord('en', 'vehicles', 'maybe')).toThrow(/ivA_vehicles_maybe/);
  });
});
