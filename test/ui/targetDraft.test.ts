/**
 * The target form's reading of what was typed: every bad input of issue 12 gets its message on its own field
 * and no target; good input becomes the target's fields, numbers read as the UI language writes them.
 */
import { describe, expect, it } from 'vitest';
import '../../src/i18n/uiCommitment';
import { checkDraft, emptyDraft, type TargetDraft } from '../../src/ui/commitment/targetDraft';

const years = [
  { year: 2022, metrics: { fte: 12 } },
  { year: 2024, metrics: {} },
];
const draft = (patch: Partial<TargetDraft>): TargetDraft => ({
  ...emptyDraft(2022),
  targetYear: '2030',
  reduction: '42',
  ...patch,
});

describe('the target form', () => {
  it('makes a target of good input, a Finnish decimal comma included', () => {
    const c = checkDraft(draft({ reduction: '33,6', scope2: 'location' }), years, 'fi');
    expect(c.errors).toEqual({});
    expect(c.fields).toMatchObject({
      preset: 'own',
      scope1: true,
      scope2: 'location',
      kind: 'absolute',
      baseYear: 2022,
      targetYear: 2030,
      reductionPct: 33.6,
    });
    expect(c.fields).not.toHaveProperty('metric');
  });

  it.each([
    ['a target year before the base year', { targetYear: '2020' }, 'targetYear', 'perusvuoden 2022 jälkeen'],
    [
      'a target year equal to the base year',
      { targetYear: '2022' },
      'targetYear',
      'perusvuoden 2022 jälkeen',
    ],
    ['a target year that is no year', { targetYear: '20x0' }, 'targetYear', 'numeroina'],
    ['a reduction over 100 %', { reduction: '120' }, 'reduction', 'väliltä 0–100'],
    ['a negative reduction', { reduction: '-5' }, 'reduction', 'väliltä 0–100'],
    ['a reduction with a decimal point in Finnish', { reduction: '4.2' }, 'reduction', 'desimaalipilkkua'],
    ['a base year with no calculated inventory', { baseYear: 2023 }, 'baseYear', 'ei ole laskettuja'],
    [
      'an intensity target without its metric',
      { kind: 'intensity', baseYear: 2024, metric: 'fte', targetYear: '2030' },
      'metric',
      'tunnusluvuista puuttuu henkilöstö (htv)',
    ],
    ['a target that covers nothing', { scope1: false, scope2: '' }, 'scopes', 'vähintään yksi'],
  ] as const)('%s: a message on its field and no target', (_what, patch, field, words) => {
    const c = checkDraft(draft(patch as Partial<TargetDraft>), years, 'fi');
    expect(c.fields).toBeUndefined();
    expect(Object.keys(c.errors)).toEqual([field]);
    expect(c.errors[field]).toContain(words);
  });

  it('an intensity target on a year that has the metric is good', () => {
    const c = checkDraft(draft({ kind: 'intensity', metric: 'fte' }), years, 'en');
    expect(c.errors).toEqual({});
    expect(c.fields).toMatchObject({ kind: 'intensity', metric: 'fte' });
  });
});
