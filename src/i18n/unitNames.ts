/**
 * How each unit id of src/core/units.ts is written for people, in Finnish, English and Swedish. The ids stay in data
 * files, the city file and the CSV's unit columns (machines read them); screens, traces and the PDF use these.
 * Typed by UnitId, so a unit added to the core does not build until it has its words here.
 */
import { isUnit, type UnitId } from '../core/units';
import type { Lang } from './issueMessages';

const UNIT_NAMES: Record<UnitId, Record<Lang, string>> = {
  MJ: { fi: 'MJ', en: 'MJ', sv: 'MJ' },
  GJ: { fi: 'GJ', en: 'GJ', sv: 'GJ' },
  TJ: { fi: 'TJ', en: 'TJ', sv: 'TJ' },
  kWh: { fi: 'kWh', en: 'kWh', sv: 'kWh' },
  MWh: { fi: 'MWh', en: 'MWh', sv: 'MWh' },
  GWh: { fi: 'GWh', en: 'GWh', sv: 'GWh' },
  l: { fi: 'l', en: 'l', sv: 'l' },
  m3: { fi: 'm³', en: 'm³', sv: 'm³' },
  g: { fi: 'g', en: 'g', sv: 'g' },
  kg: { fi: 'kg', en: 'kg', sv: 'kg' },
  t: { fi: 't', en: 't', sv: 't' },
  km: { fi: 'km', en: 'km', sv: 'km' },
  pkm: { fi: 'hkm', en: 'pkm', sv: 'pkm' },
  tkm: { fi: 'tkm', en: 'tkm', sv: 'tkm' },
  EUR: { fi: 'EUR', en: 'EUR', sv: 'EUR' },
  kEUR: { fi: 't€', en: 'k€', sv: 'k€' },
  'room-night': { fi: 'yö', en: 'room night', sv: 'natt' },
  pcs: { fi: 'kpl', en: 'pcs', sv: 'st.' },
};

/** The unit as people read it; an id the core does not know (an old or foreign file) is shown as it is. */
export function unitName(unit: string, lang: Lang): string {
  return isUnit(unit) ? UNIT_NAMES[unit][lang] : unit;
}

/** Every unit id with its words, for the test that each one has every language and differs from the id where it must. */
export function unitNameTable(): Readonly<Record<UnitId, Record<Lang, string>>> {
  return UNIT_NAMES;
}
