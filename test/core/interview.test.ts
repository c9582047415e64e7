import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/categories';
import {
  ALWAYS_OPEN,
  applyInterview,
  type InterviewYear,
  QUESTIONS,
  THEME_CATEGORIES,
  THEME_IDS,
  themeOf,
  UNKNOWN,
  verdicts,
} from '../../src/core/interview';

const empty: InterviewYear = { excluded: [], entries: [] };

describe('the interview definition', () => {
  it('puts every category in exactly one theme of the year page', () => {
    const all = THEME_IDS.flatMap((t) => THEME_CATEGORIES[t]);
    expect([...all].sort()).toEqual([...CATEGORY_IDS].sort());
    expect(new Set(all).size).toBe(all.length);
  });

  it('has unique question ids, unique answer ids per question and a "don\'t know" answer in each', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      const ids = q.answers.map((a) => a.id);
      expect(new Set(ids).size, q.id).toBe(ids.length);
      expect(ids, q.id).toContain(UNKNOWN);
    }
  });

  it('decides every category by some answer or always, so a full interview leaves nothing unexplained', () => {
    const decided = new Set<CategoryId>(ALWAYS_OPEN);
    for (const q of QUESTIONS) for (const a of q.answers) for (const v of a.verdicts) decided.add(v.category);
    expect([...decided].sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('asks each question under the theme of the categories it decides', () => {
    for (const q of QUESTIONS)
      for (const a of q.answers)
        for (const v of a.verdicts)
          if (v.category !== 's3.03') expect(themeOf(v.category), `${q.id}/${a.id}`).toBe(q.theme);
  });

  it('asks a follow-up only after its lead-in answer', () => {
    expect(verdicts({ products: 'none', productEnergy: 'yes' }).get('s3.11')).toMatchObject({ open: false });
    expect(verdicts({ products: 'final', productEnergy: 'yes' }).get('s3.11')).toMatchObject({ open: true });
    expect(verdicts({ productEnergy: 'yes' }).has('s3.11')).toBe(false);
  });
});

describe('applyInterview', () => {
  it('opens what an answer concerns and marks the rest not relevant with the justification key', () => {
    const c = applyInterview(empty, { vehicles: 'none', electricity: 'contract' });
    expect(c.exclude).toEqual([{ category: 's1.mobile', reason: 'noVehicles' }]);
    expect(c.opened).toEqual(expect.arrayContaining(['s2.electricity', 's3.03', 's3.01']));
    expect(c.conflicts).toEqual([]);
  });

  it('leaves every category but the always-relevant purchases to do when nothing is answered', () => {
    const c = applyInterview(empty, {});
    expect(c).toEqual({ opened: [...ALWAYS_OPEN], exclude: [], include: [], conflicts: [] });
  });

  it('decides nothing with "don\'t know" or an answer id it does not know', () => {
    const c = applyInterview(empty, { vehicles: UNKNOWN, waste: 'from-a-later-version', nosuch: 'yes' });
    expect(c.exclude).toEqual([]);
    expect(c.opened).toEqual([...ALWAYS_OPEN]);
  });

  it('never marks a category with entries not relevant: it reports the conflict with the count', () => {
    const year: InterviewYear = {
      excluded: [],
      entries: [{ category: 's1.mobile' }, { category: 's1.mobile' }, { category: 's2.heat' }],
    };
    const c = applyInterview(year, { vehicles: 'none', heat: 'other' });
    expect(c.exclude).toEqual([]);
    expect(c.conflicts).toEqual([
      { category: 's2.heat', reason: 'noBoughtHeat', entries: 1 },
      { category: 's1.mobile', reason: 'noVehicles', entries: 2 },
    ]);
  });

  it('keeps an exclusion already there with its edited justification', () => {
    const year: InterviewYear = {
      excluded: [{ category: 's1.mobile', reason: 'Pakettiauto myytiin 2023.' }],
      entries: [],
      interview: { answers: { vehicles: 'none' } },
    };
    expect(applyInterview(year, { vehicles: 'none' }).exclude).toEqual([]);
  });

  it('removes an exclusion when an answer now opens the category', () => {
    const year: InterviewYear = { excluded: [{ category: 's3.06', reason: 'x' }], entries: [] };
    const c = applyInterview(year, { travel: 'yes' });
    expect(c.include).toEqual(['s3.06']);
  });

  it('removes the exclusion an earlier answer made when that answer becomes "don\'t know"', () => {
    const year: InterviewYear = {
      excluded: [{ category: 's1.mobile', reason: 'Ei ajoneuvoja' }],
      entries: [],
      interview: { answers: { vehicles: 'none' } },
    };
    expect(applyInterview(year, { vehicles: UNKNOWN }).include).toEqual(['s1.mobile']);
  });

  it('keeps an exclusion the user made by hand that no answer concerns', () => {
    const year: InterviewYear = { excluded: [{ category: 's3.15', reason: 'Ei sijoituksia' }], entries: [] };
    expect(applyInterview(year, { vehicles: 'own' }).include).toEqual([]);
  });

  it('keeps a hand-made exclusion of the always-open purchases, which no answer concerns', () => {
    const year: InterviewYear = {
      excluded: [{ category: 's3.01', reason: 'Hankinnat ovat vähäisiä (alle 1 % päästöistä).' }],
      entries: [],
    };
    const c = applyInterview(year, { vehicles: 'own' });
    expect(c.include).toEqual([]);
    expect(c.opened).toContain('s3.01');
  });

  it('opens a category when one answer opens it and another would exclude it', () => {
    // Heat from own boilers ("other") and district cooling both touch category 3; opening wins.
    const v = verdicts({ heat: 'other', cooling: 'district' });
    expect(v.get('s3.03')).toMatchObject({ open: true });
  });
});
