/**
 * A target in the report's words: its name, what it covers, its rule in one line, and the published rule it
 * follows with that rule's assumptions and sources (src/core/targetPresets.ts).
 */
import { CATEGORY_IDS, categoryInfo, scopeOf } from '../../core/categories';
import type { Target } from '../../core/commitment';
import type { TargetProgress } from '../../core/progress';
import { type PresetTargetRule, TARGET_PRESET_INFO } from '../../core/targetPresets';
import { formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { metricWord, presetWord, targetWord } from '../../i18n/targetPresetWords';
import { crWord } from '../../i18n/uiCommitmentReport';

const SCOPE3_COUNT = CATEGORY_IDS.filter((c) => scopeOf(c) === 3).length;

/** The preset rule a target was made from: a preset's rule with its target year (SME Climate Hub has two). */
export function presetRule(t: Target): PresetTargetRule | undefined {
  if (t.preset === 'own') return undefined;
  const rules = TARGET_PRESET_INFO[t.preset].targets;
  return rules.find((r) => r.targetYear === t.targetYear) ?? rules[0];
}

/** A percentage of 0–100 as the app writes it ("33,6 %", "50 %"). */
export const pct = (value: number, lang: Lang) => formatPercent(value / 100, lang, 1, 0);

/** What the target covers: "Scope 1 + Scope 2 (markkinaperusteinen) + scope 3: Liikematkat". */
export function boundaryWords(t: Target, lang: Lang): string {
  const parts: string[] = [];
  if (t.scope1) parts.push('Scope 1');
  if (t.scope2) parts.push(crWord(lang, t.scope2 === 'location' ? 'crScope2Location' : 'crScope2Market'));
  const s3 = [...new Set(t.scope3Categories)];
  if (s3.length === SCOPE3_COUNT) parts.push(crWord(lang, 'crScope3All'));
  else if (s3.length > 0)
    parts.push(crWord(lang, 'crScope3Some', { list: s3.map((c) => categoryInfo(c).names[lang]).join(', ') }));
  return parts.join(' + ');
}

/** The intensity's denominator in words: the metric, or the base year's production unit. */
export function metricWords(unit: TargetProgress['unit'], t: Target, lang: Lang): string {
  if (typeof unit === 'object' && unit.productionUnit) return unit.productionUnit;
  return t.metric ? metricWord(lang, t.metric) : '';
}

/** The rule in one line: what it covers, absolute or per what, the cut, from and to which year. */
export function ruleLine(t: Target, unit: TargetProgress['unit'], lang: Lang): string {
  const kind =
    t.kind === 'intensity'
      ? crWord(lang, 'crIntensity', { metric: metricWords(unit, t, lang) })
      : crWord(lang, 'crAbsolute');
  const line = crWord(lang, 'crRuleLine', {
    scopes: boundaryWords(t, lang),
    kind,
    pct: pct(t.reductionPct, lang),
    base: t.baseYear,
    target: t.targetYear,
  });
  return t.maxOffsetPct !== undefined
    ? `${line}; ${crWord(lang, 'crOffsets', { pct: pct(t.maxOffsetPct, lang) })}`
    : line;
}

/** The target's own name, else its preset rule's name, else its rule line. */
export function targetName(t: Target, unit: TargetProgress['unit'], lang: Lang): string {
  if (t.name && t.name.trim() !== '') return t.name;
  const rule = presetRule(t);
  return rule ? targetWord(lang, `tgTarget_${rule.id}`) : ruleLine(t, unit, lang);
}

/** The preset's name ("Oma tavoite" for the partner's own). */
export const presetName = (t: Target, lang: Lang) => presetWord(lang, t.preset);

/** A source of a preset rule as one line: publisher, document, version and year, address. */
export function sourceLine(s: PresetTargetRule['sources'][number]): string {
  const edition = [s.version, s.year].filter((x) => x !== undefined).join(', ');
  return `${s.publisher}: ${s.document}${edition ? ` (${edition})` : ''}. ${s.url}`;
}
