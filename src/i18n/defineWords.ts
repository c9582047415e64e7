/**
 * A feature's words in every language, checked by the compiler: each language other than Finnish has exactly
 * the Finnish keys, so a word added in one language and forgotten in another (or left over in one) does not
 * build. The Finnish words are the catalogue's keys and literal types.
 */
import type { Lang } from './issueMessages';

type Words<K extends PropertyKey> = { readonly [P in K]: string };

export function defineWords<const F extends Readonly<Record<string, string>>>(
  words: { readonly fi: F } & { readonly [L in Exclude<Lang, 'fi'>]: Words<keyof F> },
): { readonly fi: F } & { readonly [L in Exclude<Lang, 'fi'>]: Words<keyof F> } {
  return words;
}
