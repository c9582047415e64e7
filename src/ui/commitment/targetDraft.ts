/**
 * The target form's state as typed, and what it becomes: the target's fields, or each bad input's message on
 * its field (nothing is saved then). A year and a reduction are read as the UI language writes numbers.
 */
import '../../i18n/uiCommitment';
import type { CategoryId } from '../../core/categories';
import type { BaseYearFigures, Target, TargetMetric, TargetPreset } from '../../core/commitment';
import type { SizeMetrics } from '../../core/inventory';
import { type TargetField, targetProblems } from '../../core/targetChecks';
import {
  knownEligibility,
  type PresetTargetRule,
  presetTargets,
  TARGET_PRESET_INFO,
} from '../../core/targetPresets';
import type { Lang } from '../../i18n/issueMessages';
import { formatInput, parseNumber } from '../../i18n/parseNumber';
import { targetProblemWord, targetWord } from '../../i18n/targetPresetWords';
import { tr } from '../../i18n/ui';

export interface TargetDraft {
  preset: TargetPreset;
  name: string;
  scope1: boolean;
  scope2: '' | 'location' | 'market';
  scope3: CategoryId[];
  kind: 'absolute' | 'intensity';
  metric: TargetMetric;
  baseYear: number | null;
  targetYear: string;
  reduction: string;
  maxOffsetPct?: number;
  /** The preset's eligibility checklist as ticked (a self-check, not stored with the target). */
  eligibility?: Record<string, boolean>;
}

/** The fields of a target the form edits (the id and creation time are the store's). */
export type TargetFields = Omit<Target, 'id' | 'createdAt'>;

export type DraftField = 'scopes' | 'metric' | 'baseYear' | 'targetYear' | 'reduction';

export function emptyDraft(baseYear: number | null): TargetDraft {
  return {
    preset: 'own',
    name: '',
    scope1: true,
    scope2: 'market',
    scope3: [],
    kind: 'absolute',
    metric: 'fte',
    baseYear,
    targetYear: baseYear === null ? '' : String(Math.max(2030, baseYear + 1)),
    reduction: '',
  };
}

export function draftOf(t: Target, lang: Lang): TargetDraft {
  return {
    preset: t.preset,
    name: t.name ?? '',
    scope1: t.scope1,
    scope2: t.scope2 ?? '',
    scope3: [...t.scope3Categories],
    kind: t.kind,
    metric: t.metric ?? 'fte',
    baseYear: t.baseYear,
    targetYear: String(t.targetYear),
    reduction: formatInput(t.reductionPct, lang, false),
    ...(t.maxOffsetPct !== undefined ? { maxOffsetPct: t.maxOffsetPct } : {}),
  };
}

/** The calculated years a target may start from, with their size metrics. */
export interface BaseYearOption {
  year: number;
  metrics: SizeMetrics;
  /** The year's figures as a base year would record them (the eligibility the app can read from them). */
  figures?: BaseYearFigures;
}

export interface DraftCheck {
  fields?: TargetFields;
  errors: Partial<Record<DraftField, string>>;
}

/** The form's field each of the core's target fields is typed in. */
export const DRAFT_FIELD: Record<TargetField, DraftField> = {
  boundary: 'scopes',
  metric: 'metric',
  baseYear: 'baseYear',
  targetYear: 'targetYear',
  reductionPct: 'reduction',
};

/**
 * The draft read: its target fields when every input is good, else a message for each bad one. Numbers that
 * cannot be read are said as such; the rest is the core's checks (targetProblems), the same ones the store
 * makes before it writes.
 */
export function checkDraft(d: TargetDraft, years: readonly BaseYearOption[], lang: Lang): DraftCheck {
  const errors: DraftCheck['errors'] = {};
  const ty = parseNumber(d.targetYear, lang);
  const targetYear = ty.ok && Number.isInteger(ty.value) && ty.value <= 2100 ? ty.value : undefined;
  if (targetYear === undefined) errors.targetYear = tr(lang, 'cmErrYearNumber');
  const r = parseNumber(d.reduction, lang);
  // A number the language does not write ("4.2" in Finnish) is said as such, not as out of range.
  if (!r.ok && (r.reason === 'separator' || r.reason === 'invalid')) {
    errors.reduction = tr(lang, r.reason === 'separator' ? 'numberSeparator' : 'numberInvalid');
  }
  const fields: TargetFields = {
    preset: d.preset,
    scope1: d.scope1,
    scope3Categories: [...d.scope3],
    kind: d.kind,
    baseYear: d.baseYear ?? 0,
    targetYear: targetYear ?? d.baseYear ?? 0,
    // Empty is no reduction typed: out of range for the check, with its message.
    reductionPct: r.ok ? r.value : Number.NaN,
  };
  if (d.name.trim() !== '') fields.name = d.name.trim();
  if (d.scope2 !== '') fields.scope2 = d.scope2;
  if (d.kind === 'intensity') fields.metric = d.metric;
  if (d.maxOffsetPct !== undefined) fields.maxOffsetPct = d.maxOffsetPct;
  for (const { field, problem } of targetProblems({ ...fields, id: '', createdAt: '' }, years)) {
    const at = DRAFT_FIELD[field];
    // A target year that could not be read is not also "before the base year".
    if (errors[at]) continue;
    errors[at] = targetProblemWord(lang, problem, fields);
  }
  return Object.keys(errors).length > 0 ? { errors } : { fields, errors };
}

/** The preset rule a stored preset target follows: the preset's rule with its target year. */
function ruleOf(t: Pick<Target, 'preset' | 'targetYear'>): PresetTargetRule | undefined {
  if (t.preset === 'own') return undefined;
  return TARGET_PRESET_INFO[t.preset].targets.find((r) => r.targetYear === t.targetYear);
}

/**
 * The targets a preset draft makes: the preset's rules from the chosen base year, with what the partner may
 * change in them (the name, Scope 2's method, Scope 3 categories added). A preset of two targets names each
 * by its rule. Editing a stored preset target remakes only its own rule. An own draft is itself.
 */
export function presetDrafts(d: TargetDraft, lang: Lang, editing?: Target): TargetDraft[] {
  if (d.preset === 'own') return [d];
  const all = TARGET_PRESET_INFO[d.preset].targets;
  const only = editing ? ruleOf(editing) : undefined;
  const rules = only ? [only] : all;
  return rules.map((rule, i) => {
    const made = presetTargets(d.preset as Exclude<TargetPreset, 'own'>, d.baseYear ?? 0, '')[
      all.indexOf(rule)
    ];
    const ruleName = targetWord(lang, `tgTarget_${rule.id}`);
    const own = d.name.trim();
    const name = own === '' ? ruleName : rules.length > 1 ? `${own}: ${ruleName}` : own;
    const base = made ? draftOf({ ...made, id: '' }, lang) : d;
    const scope3 = i === 0 ? d.scope3 : [...new Set([...base.scope3, ...d.scope3])];
    return { ...base, name, scope2: d.scope2, scope3, baseYear: d.baseYear };
  });
}

/** A draft of a preset chosen: its first rule's boundary, Scope 2 market-based, the checklist as read. */
export function choosePreset(
  d: TargetDraft,
  preset: TargetPreset,
  years: readonly BaseYearOption[],
): TargetDraft {
  if (preset === 'own') return { ...d, preset };
  const first = TARGET_PRESET_INFO[preset].targets[0];
  return withKnownEligibility(
    {
      ...d,
      preset,
      scope1: first?.scope1 ?? true,
      scope2: first?.scope2 ?? 'market',
      scope3: first ? [...(first.scope3 === 'all' ? [] : first.scope3)] : [],
      kind: 'absolute',
      eligibility: {},
    },
    years,
  );
}

/** The checklist with what the base year's figures answer (emissions, turnover) ticked or unticked. */
export function withKnownEligibility(d: TargetDraft, years: readonly BaseYearOption[]): TargetDraft {
  const figures = years.find((y) => y.year === d.baseYear)?.figures;
  return figures ? { ...d, eligibility: { ...d.eligibility, ...knownEligibility(figures) } } : d;
}
