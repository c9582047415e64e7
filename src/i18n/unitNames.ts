/**
 * How each unit id of src/core/units.ts is written for people, in Finnish and English. The ids stay in data
 * files, the city file and the CSV's unit columns (machines read them); screens, traces and the PDF use these.
 * Typed by UnitId, so a unit added to the core does not build until it has its words here.
 */
import { isUnit, type UnitId } from '../core/units';
import type { Lang } from './issueMessages';

const UNIT_NAMES: Record<UnitId, Record<Lang, string>> = {
  MJ: { fi: 'MJ', en: 'MJ' },
  GJ: { fi: 'GJ', en: 'GJ' },
  TJ: { fi: 'TJ', en: 'TJ' },
  kWh: { fi: 'kWh', en: 'kWh' },
  MWh: { fi: 'MWh', en: 'MWh' },
  GWh: { fi: 'GWh', en: 'GWh' },
  l: { fi: 'l', en: 'l' },
  m3: { fi: 'm³', en: 'm³' },
  g: { fi: 'g', en: 'g' },
  kg: { fi: 'kg', en: 'kg' },
  t: { fi: 't', en: 't' },
  km: { fi: 'km', en: 'km' },
  pkm: { fi: 'hkm', en: 'pkm' },
  tkm: { fi: 'tkm', en: 'tkm' },
  EUR: { fi: 'EUR', en: 'EUR' },
  kEUR: { fi: 't€', en: 'k€' },
  'room-night': { fi: 'yö', en: 'room night' },
  pcs: { fi: 'kpl', en: 'pcs' },
};

/** The unit as people read it; an id the core does not know (an old or foreign file) is shown as it is. */
export function unitName(unit: string, lang: Lang): string {
  return isUnit(unit) ? UNIT_NAMES[unit][lang] : unit;
}

/** Every unit id with its words, for the test that each one has both languages and differs from the id where it must. */
export function unitNameTable(): Readonly<Record<UnitId, Record<Lang, string>>> {
  return UNIT_NAMES;
}
