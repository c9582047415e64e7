/**
 * The plausibility warnings of an own factor (src/core/ownFactorCheck.ts) as sentences: against the built-in
 * factor it stands in for where it is used, and what is physically possible. On the partner page a factor is
 * judged by its uses in the latest year that has any; inside an entry, by that entry.
 */
import { useMemo } from 'preact/hooks';
import type { FactorSet } from '../../core/factorSet';
import { factorSetKey } from '../../core/factorSet';
import type { GwpSetId } from '../../core/gwp';
import type { CustomFactor } from '../../core/inventory';
import { checkOwnFactor } from '../../core/ownFactorCheck';
import { contextOfUses, type OwnFactorUse } from '../../core/ownFactorContext';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { listPartnerEntries, listYears } from '../../state/partner';
import { useFactorSets } from '../../state/results';
import { useLive } from '../../state/useLive';

export interface UseContext {
  uses: readonly OwnFactorUse[];
  set: FactorSet;
  year: number;
  gwp: GwpSetId;
  radiativeForcing: boolean;
}

/** The warnings (and errors the form does not already name) of `cf` used as `ctx` says. */
export function factorWarnings(cf: CustomFactor, ctx: UseContext | undefined, lang: Lang): string[] {
  const context = ctx
    ? contextOfUses(cf, ctx.uses, ctx.set, ctx.year, ctx.gwp, ctx.radiativeForcing)
    : { gwp: 'AR6' as const };
  return checkOwnFactor(cf, context)
    .filter((f) => f.code !== 'own-factor-negative')
    .map((f) => issueMessage({ severity: f.severity, path: f.field, code: f.code, params: f.params }, lang));
}

/** For the partner page: each factor judged by its uses in the latest year that uses it. */
export function useFactorWarnings(orgId: string, lang: Lang): (cf: CustomFactor) => string[] {
  const years = useLive(() => listYears(orgId), [orgId]);
  const entries = useLive(() => listPartnerEntries(orgId), [orgId]);
  const sets = useFactorSets((years ?? []).map((y) => y.factorSet));
  return useMemo(() => {
    const latest = new Map<string, UseContext>();
    for (const y of [...(years ?? [])].sort((a, b) => b.year - a.year)) {
      const set = sets.get(factorSetKey(y.factorSet));
      if (!set) continue;
      const byFactor = new Map<string, OwnFactorUse[]>();
      const add = (id: string, use: OwnFactorUse) => {
        const list = byFactor.get(id);
        if (list) list.push(use);
        else byFactor.set(id, [use]);
      };
      for (const e of entries?.get(y.id) ?? []) {
        const base = { category: e.category, activity: e.activity, unit: e.unit };
        if (e.customFactor !== undefined) add(e.customFactor, { ...base, role: 'entry' });
        for (const x of e.instruments ?? [])
          if (x.factor !== undefined) add(x.factor, { ...base, role: 'instrument' });
      }
      for (const [id, uses] of byFactor)
        if (!latest.has(id))
          latest.set(id, { uses, set, year: y.year, gwp: y.gwp, radiativeForcing: y.radiativeForcing });
    }
    return (cf: CustomFactor) => factorWarnings(cf, latest.get(cf.id), lang);
  }, [years, entries, sets, lang]);
}
