/** A target in words: its name, and its rule in one line ("Scope 1 + Scope 2 (markkinaperusteinen), …"). */
import '../../i18n/uiCommitment';
import type { Target } from '../../core/commitment';
import { formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { presetWord } from '../../i18n/targetPresetWords';
import { tr } from '../../i18n/ui';
import { metricName } from './progressFigures';

export function targetRule(t: Target, lang: Lang): string {
  const scopes: string[] = [];
  if (t.scope1) scopes.push('Scope 1');
  if (t.scope2)
    scopes.push(tr(lang, t.scope2 === 'location' ? 'cmRuleScope2Location' : 'cmRuleScope2Market'));
  if (t.scope3Categories.length > 0) scopes.push(tr(lang, 'cmRuleScope3', { n: t.scope3Categories.length }));
  const kind =
    t.kind === 'intensity' && t.metric
      ? tr(lang, 'cmRuleIntensity', { metric: metricName(t.metric, lang) })
      : tr(lang, 'cmRuleAbsolute');
  return tr(lang, 'cmTargetRule', {
    scopes: scopes.join(' + '),
    kind,
    pct: formatPercent(t.reductionPct / 100, lang, 1, 0),
    base: t.baseYear,
    target: t.targetYear,
  });
}

/** The target's own name, else its preset's, else its rule. */
export function targetName(t: Target, lang: Lang): string {
  return t.name ?? (t.preset === 'own' ? targetRule(t, lang) : presetWord(lang, t.preset));
}
