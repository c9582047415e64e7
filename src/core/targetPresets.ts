/**
 * The published commitments a partner can take as targets (issue 12), as data: each rule with the documents
 * it was read from, the assumptions made where a rule could not be read or does not say, and the SBTi SME
 * route's eligibility conditions as a checklist. Words (names, rules, assumptions, checklist items) are in
 * src/i18n/targetPresetWords.ts under the ids below; docs/commitments.md says what was read and what not.
 */
import { CATEGORY_IDS, type CategoryId, scopeOf } from './categories';
import type { BaseYearFigures, Target, TargetPreset } from './commitment';

/** A document a preset's rule was read from. `year` is absent for an undated web page. */
export interface PresetSource {
  publisher: string;
  document: string;
  version?: string;
  year?: number;
  url: string;
  /** Where the document was actually read, when that was a copy of the publisher's file. */
  via?: string;
}

/** How a preset target's reduction follows from the base year. */
export type PresetReduction =
  | { kind: 'fixed'; pct: number }
  /** A linear rate a year from the base year to the target year (SBTi: 4.2 %/a for 1.5 °C). */
  | { kind: 'per-year'; pctPerYear: number };

export interface PresetTargetRule {
  /** Word ids: `tgRule_<id>`; the target's name is `tgTarget_<id>`. */
  id: string;
  scope1: boolean;
  scope2: 'location' | 'market';
  /** 'all': every Scope 3 category. */
  scope3: 'all' | readonly CategoryId[];
  targetYear: number;
  reduction: PresetReduction;
  maxOffsetPct?: number;
  /** Word ids of what was assumed (`tgAssume_<id>`). */
  assumptions: readonly string[];
  sources: readonly PresetSource[];
}

/** An eligibility condition; `group` says whether all of the group must hold or at least `need` of them. */
export interface EligibilityItem {
  /** Word id: `tgElig_<id>`. */
  id: string;
  group: 'all' | 'some';
  source: PresetSource;
}

export interface PresetInfo {
  id: Exclude<TargetPreset, 'own'>;
  targets: readonly PresetTargetRule[];
  eligibility?: { items: readonly EligibilityItem[]; someNeeded: number };
}

const SBTI_SME_PAGE: PresetSource = {
  publisher: 'Science Based Targets initiative (SBTi)',
  document: 'Set a target as a small or medium-sized enterprise (SME)',
  version: 'SME definition updated December 2023',
  year: 2023,
  url: 'https://sciencebasedtargets.org/small-and-medium-enterprise-sme-target-setting-process',
};

const SBTI_SME_FAQ: PresetSource = {
  publisher: 'Science Based Targets initiative (SBTi)',
  document: 'Small and Medium-Sized Enterprises (SMEs) FAQs',
  version: '5.3',
  year: 2024,
  url: 'https://sciencebasedtargets.org/small-and-medium-enterprise-sme-target-setting-process',
  via: 'https://blcci.org/definition-of-a-medium-term-goal-6601',
};

const SBTI_NET_ZERO: PresetSource = {
  publisher: 'Science Based Targets initiative (SBTi)',
  document:
    'SBTi launches world-first net-zero corporate standard (Corporate Net-Zero Standard, version 1.0)',
  version: '1.0',
  year: 2021,
  url: 'https://sciencebasedtargets.org/news/sbti-launches-world-first-net-zero-corporate-standard',
};

const SME_HUB_COMMITMENT: PresetSource = {
  publisher: 'SME Climate Hub',
  document: 'Make the SME Climate Commitment',
  url: 'https://businessclimatehub.uk/sme-climate-commitment/',
};

const SME_HUB_REPORT: PresetSource = {
  publisher: 'SME Climate Hub',
  document: 'Reporting tool: Commitment and Targets',
  url: 'https://businessclimatehub.org/report/new-report',
};

const CHAMBER_FI: PresetSource = {
  publisher: 'Keskuskauppakamari',
  document: 'Näin haet Ilmastositoumusta',
  url: 'https://yhteystiedot.kauppakamari.fi/palvelut/ilmastositoumus/nain-haet-ilmastositoumusta/',
};

const CHAMBER_SV: PresetSource = {
  publisher: 'Keskuskauppakamari (Finland Chamber of Commerce)',
  document: 'Klimatåtagande',
  url: 'https://yhteystiedot.kauppakamari.fi/sv/tjanster/ilmastositoumus/',
};

/** The SBTi 1.5 °C linear rate, % of base-year emissions a year. */
export const SBTI_LINEAR_RATE_PCT = 4.2;

export const TARGET_PRESET_INFO: Readonly<Record<PresetInfo['id'], PresetInfo>> = {
  'sbti-sme': {
    id: 'sbti-sme',
    targets: [
      {
        id: 'sbtiNearTerm',
        scope1: true,
        scope2: 'market',
        scope3: [],
        targetYear: 2030,
        reduction: { kind: 'per-year', pctPerYear: SBTI_LINEAR_RATE_PCT },
        assumptions: ['sbtiRate', 'scope2Market'],
        sources: [SBTI_SME_PAGE, SBTI_SME_FAQ],
      },
    ],
    eligibility: {
      someNeeded: 3,
      items: [
        { id: 'under10kt', group: 'all', source: SBTI_SME_PAGE },
        { id: 'notFinanceOrOilGas', group: 'all', source: SBTI_SME_PAGE },
        { id: 'noSectorMethod', group: 'all', source: SBTI_SME_PAGE },
        { id: 'notSubsidiary', group: 'all', source: SBTI_SME_PAGE },
        { id: 'under250Employees', group: 'some', source: SBTI_SME_PAGE },
        { id: 'turnoverUnder50M', group: 'some', source: SBTI_SME_PAGE },
        { id: 'assetsUnder25M', group: 'some', source: SBTI_SME_PAGE },
        { id: 'notFlag', group: 'some', source: SBTI_SME_PAGE },
      ],
    },
  },
  'sme-climate-hub': {
    id: 'sme-climate-hub',
    targets: [
      {
        id: 'hubHalf2030',
        scope1: true,
        scope2: 'market',
        scope3: [],
        targetYear: 2030,
        reduction: { kind: 'fixed', pct: 50 },
        assumptions: ['hubHalfBoundary', 'scope2Market'],
        sources: [SME_HUB_COMMITMENT],
      },
      {
        id: 'hubNetZero2050',
        scope1: true,
        scope2: 'market',
        scope3: 'all',
        targetYear: 2050,
        reduction: { kind: 'fixed', pct: 90 },
        assumptions: ['netZero90', 'scope2Market'],
        sources: [SME_HUB_COMMITMENT, SME_HUB_REPORT, SBTI_NET_ZERO],
      },
    ],
  },
  'chamber-2035': {
    id: 'chamber-2035',
    targets: [
      {
        id: 'chamberNeutral2035',
        scope1: true,
        scope2: 'market',
        scope3: ['s3.04', 's3.06', 's3.07', 's3.09'],
        targetYear: 2035,
        reduction: { kind: 'fixed', pct: 80 },
        maxOffsetPct: 20,
        assumptions: ['chamberOffsets', 'chamberBoundary', 'scope2Market'],
        sources: [CHAMBER_FI, CHAMBER_SV],
      },
    ],
  },
};

const ALL_SCOPE3: readonly CategoryId[] = CATEGORY_IDS.filter((c) => scopeOf(c) === 3);

/** A preset target's reduction from this base year, 0–100 % (4.2 × 8 years = 33.6 % from 2022 to 2030). */
export function presetReductionPct(rule: PresetTargetRule, baseYear: number): number {
  const pct =
    rule.reduction.kind === 'fixed'
      ? rule.reduction.pct
      : rule.reduction.pctPerYear * (rule.targetYear - baseYear);
  // Rounded to the hundredth a person reads (4.2 × 8 is 33.6000…01 in binary).
  return Math.min(100, Math.max(0, Math.round(pct * 100) / 100));
}

/**
 * The targets a preset sets from this base year, ready for the store to give ids: `createdAt` is the time
 * they are made. A base year at or after a target year gives a target that targetProblems refuses
 * ('target-before-base') rather than one silently moved.
 */
export function presetTargets(
  preset: Exclude<TargetPreset, 'own'>,
  baseYear: number,
  createdAt: string,
): Omit<Target, 'id'>[] {
  return TARGET_PRESET_INFO[preset].targets.map((rule) => ({
    preset,
    scope1: rule.scope1,
    scope2: rule.scope2,
    scope3Categories: [...(rule.scope3 === 'all' ? ALL_SCOPE3 : rule.scope3)],
    kind: 'absolute',
    baseYear,
    targetYear: rule.targetYear,
    reductionPct: presetReductionPct(rule, baseYear),
    ...(rule.maxOffsetPct !== undefined ? { maxOffsetPct: rule.maxOffsetPct } : {}),
    createdAt,
  }));
}

/** A checklist answer: true holds, false does not, undefined not answered. */
export type EligibilityAnswers = Readonly<Record<string, boolean | undefined>>;

/**
 * Whether the answers meet a preset's eligibility: every 'all' item and at least `someNeeded` of the 'some'
 * items. 'unknown' while unanswered items could still decide it either way.
 */
export function eligibility(
  preset: PresetInfo,
  answers: EligibilityAnswers,
): 'eligible' | 'not-eligible' | 'unknown' {
  const rules = preset.eligibility;
  if (!rules) return 'eligible';
  const all = rules.items.filter((i) => i.group === 'all').map((i) => answers[i.id]);
  const some = rules.items.filter((i) => i.group === 'some').map((i) => answers[i.id]);
  const yes = some.filter((a) => a === true).length;
  const open = some.filter((a) => a === undefined).length;
  if (all.includes(false) || yes + open < rules.someNeeded) return 'not-eligible';
  if (all.includes(undefined) || yes < rules.someNeeded) return 'unknown';
  return 'eligible';
}

/**
 * The checklist answers the app can read from a base year's figures: emissions under 10 000 t CO2e (Scope 1 +
 * location-based Scope 2, as the SBTi condition says) and turnover under 50 M€, when the year has it. The
 * partner confirms them; staff counts are not read from FTE, which is not a head count.
 */
export function knownEligibility(figures: BaseYearFigures): Record<string, boolean> {
  const out: Record<string, boolean> = {
    under10kt: figures.scope1 + figures.scope2.location < 10_000_000,
  };
  if (figures.metrics.revenueEur !== undefined)
    out.turnoverUnder50M = figures.metrics.revenueEur < 50_000_000;
  return out;
}
