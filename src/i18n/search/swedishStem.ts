/**
 * A light Swedish stem: the endings of the plural, the definite form and their genitive taken off a word
 * ("bilar", "bilen", "bilarna", "bilens" → "bil"; "resor", "resan", "resa" → "res"), so that a word typed in
 * any of its forms meets the form a name uses. Not a full stemmer: Swedish names here are short nouns, and
 * matching (match.ts) already forgives a word's last two letters. Like Snowball's Swedish stemmer, an ending
 * is taken only from the word's region R1 (after the first consonant that follows a vowel, and never from
 * the first three letters), so that short words stay whole ("el", "tåg", "bil").
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö']);

/** Longest first: "bilarnas" loses "arnas", not "s" nor "as". */
const ENDINGS = [
  'arnas',
  'ernas',
  'ornas',
  'arens',
  'arna',
  'erna',
  'orna',
  'ens',
  'ets',
  'ans',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'an',
  'na',
  'a',
  'e',
] as const;

/** Where R1 begins: after the first non-vowel that follows a vowel, at least at the fourth letter. */
function r1(word: string): number {
  for (let i = 1; i < word.length; i++)
    if (!VOWELS.has(word[i] as string) && VOWELS.has(word[i - 1] as string)) return Math.max(i + 1, 3);
  return word.length;
}

/** The stem of a lower-case Swedish word. */
export function swedishStem(word: string): string {
  const from = r1(word);
  for (const ending of ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= from) return word.slice(0, -ending.length);
  return word;
}
