/**
 * The word catalogues are typed so that the compiler requires every word in every language (defineWords):
 * the `@ts-expect-error` lines below fail `npm run typecheck` if a catalogue could miss or add a key.
 */
import { describe, expect, it } from 'vitest';
import { defineWords } from '../../src/i18n/defineWords';
import { BASE_UI } from '../../src/i18n/ui';

describe('defineWords', () => {
  it('refuses, at compile time, a language without a Finnish word or with a word Finnish lacks', () => {
    // @ts-expect-error English lacks the Finnish key "b"
    const missing = defineWords({ fi: { a: 'A', b: 'B' }, en: { a: 'A' } });
    // @ts-expect-error English has a key Finnish lacks
    const extra = defineWords({ fi: { a: 'A' }, en: { a: 'A', c: 'C' } });
    const whole = defineWords({ fi: { a: 'Aa' }, en: { a: 'A' } });
    expect([Object.keys(missing.en), Object.keys(extra.en), whole.fi.a]).toEqual([['a'], ['a', 'c'], 'Aa']);
  });

  it('keeps the catalogues the app uses the same in both languages', () => {
    expect(Object.keys(BASE_UI.en).sort()).toEqual(Object.keys(BASE_UI.fi).sort());
  });
});
