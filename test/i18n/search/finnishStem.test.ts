/**
 * The hand-written Snowball Finnish stemmer gives the reference implementation's stem for every word of the
 * fixture (made with the Snowball project's own generated stemmer; the file says how), and a few stems are
 * checked here by hand against the algorithm's rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finnishStem } from '../../../src/i18n/search/finnishStem';

const FIXTURE = join(import.meta.dirname, '../../fixtures/search/snowball-finnish.tsv');
const pairs = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

describe('finnishStem', () => {
  it('agrees with the reference Snowball implementation on every word of the fixture', () => {
    expect(pairs.length).toBeGreaterThan(500);
    const differ = pairs
      .filter(([w, s]) => finnishStem(w) !== s)
      .map(([w, s]) => `${w}: ${finnishStem(w)} ≠ ${s}`);
    expect(differ).toEqual([]);
  });

  it('removes case endings, plurals, possessives and particles by the rules', () => {
    // Partitive plural -ja after a vowel and consonant (case ending 'a', then the i/j plural).
    expect(finnishStem('jauhoja')).toBe('jauho');
    // Genitive -n; then a final i after a consonant is tidied away.
    expect(finnishStem('kahvin')).toBe('kahv');
    // Inessive -ssa, possessive -mme and the particle -kin, outermost first.
    expect(finnishStem('talossammekin')).toBe('talo');
    // Illative -on after a long vowel takes the vowel too.
    expect(finnishStem('taloon')).toBe('talo');
    // A word too short to have a region after its first syllable is left as it is.
    expect(finnishStem('yö')).toBe('yö');
  });
});
