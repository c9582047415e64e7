/**
 * The word catalogues are typed so that the compiler requires every word in every language (defineWords):
 * the `@ts-expect-error` lines below fail `npm run typecheck` if a catalogue could miss or add a key.
 */
import { describe, expect, it } from 'vitest';
import { defineWords } from '../../src/i18n/defineWords';
import { BASE_UI } from '../../src/i18n/ui';

describe('defineWords', () => {
  it('refuses, at compile time, a language without a Finnish word, with a word Finnish lacks, or missing', () => {
    // @ts-expect-error English lacks the Finnish key "b"
    const missing = defineWords({ fi: { a: 'A', b: 'B' }, en: { a: 'A' }, sv: { a: 'A', b: 'B' } });
    // @ts-expect-error English has a key Finnish lacks
    const extra = defineWords({ fi: { a: 'A' }, en: { a: 'A', c: 'C' }, sv: { a: 'A' } });
    // @ts-expect-error Swedish is missing
    const noSwedish = defineWords({ fi: { a: 'A' }, en: { a: 'A' } });
    const whole = defineWords({ fi: { a: 'Aa' }, en: { a: 'A' }, sv: { a: 'Å' } });
    expect([Object.keys(missing.en), Object.keys(extra.en), Object.keys(noSwedish), whole.sv.a]).toEqual([
      ['a'],
      ['a', 'c'],
      ['fi', 'en'],
      'Å',
    ]);
  });

  it('keeps the catalogues the app uses the same in the three languages', () => {
    expect(Object.keys(BASE_UI.en).sort()).toEqual(Object.keys(BASE_UI.fi).sort());
    expect(Object.keys(BASE_UI.sv).sort()).toEqual(Object.keys(BASE_UI.fi).sort());
  });
});
