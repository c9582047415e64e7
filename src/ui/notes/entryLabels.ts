/**
 * An entry of the year in words, for choosing the entries a session note concerns and naming them under it:
 * its category, activity and quantity as typed ("Sähkö: Sähkö, Suomen keskiarvo 12 000 kWh").
 */
import { categoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import type { Lang } from '../../i18n/issueMessages';
import { unitName } from '../../i18n/unitNames';
import type { EntryRow, YearRow } from '../../state/year';

export function entryLabel(e: EntryRow, inv: YearRow, set: FactorSet | undefined, lang: Lang): string {
  const activity =
    e.activity === 'custom'
      ? inv.customFactors.find((f) => f.id === e.customFactor)?.name
      : set?.activities.find((a) => a.id === e.activity)?.names[lang];
  const amount = e.quantityText.trim() === '' ? '' : ` ${e.quantityText.trim()} ${unitName(e.unit, lang)}`;
  const when = e.period ? ` (${e.period})` : '';
  return `${categoryInfo(e.category).names[lang]}: ${activity ?? '–'}${amount}${when}`;
}
