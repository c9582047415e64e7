/**
 * Units as spreadsheets write them, in Finnish and English: "l", "litraa", "ltr", "kWh", "m³", "€", "tonnia"…
 * The word is only recognised here; whether the chosen activity accepts it is decided with its units.
 */
import type { UnitId } from '../../core/units';

const WORDS: Record<UnitId, readonly string[]> = {
  MJ: ['mj'],
  GJ: ['gj'],
  TJ: ['tj'],
  kWh: ['kwh', 'kilowattitunti', 'kilowattituntia', 'kilowattitunnit'],
  MWh: ['mwh', 'megawattitunti', 'megawattituntia'],
  GWh: ['gwh'],
  l: ['l', 'ltr', 'lit', 'litra', 'litraa', 'litrat', 'litre', 'litres', 'liter', 'liters', 'litrer'],
  m3: ['m3', 'm³', 'm^3', 'kuutio', 'kuutiota', 'kuutiot', 'kuutiometri', 'kuutiometriä', 'cubic metres'],
  g: ['g', 'gramma', 'grammaa', 'grams'],
  kg: ['kg', 'kilo', 'kiloa', 'kilogramma', 'kilogrammaa', 'kilogram', 'kilograms', 'kgs'],
  t: ['t', 'tn', 'tonni', 'tonnia', 'tonnit', 'tonne', 'tonnes', 'ton', 'tons'],
  km: ['km', 'kilometri', 'kilometriä', 'kilometrit', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  pkm: ['pkm', 'hkm', 'henkilökilometri', 'henkilökilometriä', 'passenger-km', 'passenger km'],
  tkm: ['tkm', 'tonnikilometri', 'tonnikilometriä', 'tonne-km', 'tonne km'],
  EUR: ['€', 'eur', 'euro', 'euroa', 'eurot', 'euros'],
  kEUR: ['k€', 'keur', 't€', 'teur', 'tuhatta euroa'],
  'room-night': ['room-night', 'room night', 'room nights', 'yö', 'yötä', 'hotelliyö', 'hotelliyötä'],
  pcs: ['pcs', 'kpl', 'kappale', 'kappaletta'],
};

const BY_WORD = new Map<string, UnitId>(
  (Object.entries(WORDS) as [UnitId, readonly string[]][]).flatMap(([u, ws]) => ws.map((w) => [w, u])),
);

/** The unit a cell names ("Litraa" → l, "m³" → m3), or undefined for a word that is not a unit. */
export function unitFromWord(text: string): UnitId | undefined {
  return BY_WORD.get(text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, ''));
}

// Letters alone ("l", "t", "g") stand for units only in brackets: in free text they are parts of words.
const SHORT = new Set(['l', 't', 'g', 'tn', 'lit', 'ton']);

/**
 * The unit a column header names: in brackets ("Kulutus (kWh)", "Distance [km]"), after a comma
 * ("Määrä, l") or as a word of its own ("Litrat", "kWh yhteensä").
 */
export function unitFromHeader(header: string): UnitId | undefined {
  const inBrackets = /[([]\s*([^)\]]+?)\s*[)\]]/.exec(header)?.[1];
  if (inBrackets) {
    const u = unitFromWord(inBrackets);
    if (u) return u;
  }
  const afterComma = /,\s*([^,]+)$/.exec(header)?.[1];
  if (afterComma) {
    const u = unitFromWord(afterComma);
    if (u) return u;
  }
  for (const word of header.split(/[^\p{L}\p{N}€³^-]+/u)) {
    if (SHORT.has(word.toLowerCase())) continue;
    const u = unitFromWord(word);
    if (u) return u;
  }
  return undefined;
}
