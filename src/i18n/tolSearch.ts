/**
 * Finding a TOL 2008 industry by what a person types: a code ("10.71", "1071", "C") or a word of its name in
 * any of the three languages ("leipomo", "bageri", "bakery"). An item is found by its own name or by the name of a level above it,
 * so a bakery typing "leipomo" finds group 10.7 and its classes, 10.71 among them.
 */
import type { Lang } from './issueMessages';
import { TOL_2008, type TolItem } from './tol2008';

const byCode = new Map(TOL_2008.map((t) => [t.code, t]));

/** Lower case, without the dots of codes: "10.71" and "1071" are one code. */
const fold = (s: string) => s.toLocaleLowerCase('fi').trim();
const digits = (s: string) => s.replace(/\./g, '');

export function tolItem(code: string): TolItem | undefined {
  return byCode.get(code) ?? TOL_2008.find((t) => digits(t.code) === digits(code));
}

/** "10.71 Leivän valmistus; …": how a chosen code is shown in its field. */
export function tolLabel(item: TolItem, lang: Lang): string {
  return `${item.code} ${item[lang]}`;
}

function names(item: TolItem): string {
  let text = `${item.fi} ${item.sv} ${item.en}`;
  for (let p = item.parent && byCode.get(item.parent); p; p = p.parent ? byCode.get(p.parent) : undefined)
    // Only the levels below a section lend their names: "Teollisuus" would find every manufacturer.
    if (/\d/.test(p.code)) text += ` ${p.fi} ${p.sv} ${p.en}`;
  return fold(text);
}

/** The items a typed text finds, codes that start with it first, at most `limit`. */
export function searchTol(query: string, limit = 12): TolItem[] {
  const q = fold(query);
  if (q === '') return [];
  const code = digits(q).toUpperCase();
  const byCodeStart = TOL_2008.filter((t) => digits(t.code).startsWith(code));
  const words = q.split(/\s+/);
  const byName = TOL_2008.filter((t) => !byCodeStart.includes(t) && words.every((w) => names(t).includes(w)));
  return [...byCodeStart, ...byName].slice(0, limit);
}

/** The code a text stands for when it is an item's label as shown ("10.71 Leivän …"), else undefined. */
export function codeOfLabel(text: string): string | undefined {
  const t = text.trim();
  const code = t.split(/\s/, 1)[0] ?? '';
  const item = byCode.get(code);
  if (!item) return undefined;
  return t === code || (['fi', 'sv', 'en'] as const).some((l) => t === tolLabel(item, l)) ? code : undefined;
}
