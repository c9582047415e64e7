/**
 * Messages about a file's commitment (src/core/commitmentChecks.ts), in Finnish, English and Swedish. A target's
 * problem names the rule it breaks (src/core/progress.ts's ProgressProblem, `problem`); the target form says
 * the same beside its fields in its own words (targetPresetWords.ts).
 */
import type { Issue, IssueCode } from '../core/issues';
import type { ProgressProblem } from '../core/progress';
import type { Lang } from './issueMessages';

type Msg = (p: Issue['params']) => string;

const s = (v: unknown) => String(v ?? '');

const PROBLEM: Record<ProgressProblem, Record<Lang, Msg>> = {
  'boundary-empty': {
    fi: () => 'Tavoite ei koske mitään päästöjä: siitä puuttuvat scope 1, scope 2 ja scope 3 -luokat.',
    en: () => 'The target covers no emissions: it has no Scope 1, Scope 2 or Scope 3 category.',
    sv: () => 'Målet gäller inga utsläpp: det saknar Scope 1, Scope 2 och kategorier i Scope 3.',
  },
  'metric-not-chosen': {
    fi: () => 'Suhteutetusta tavoitteesta puuttuu tunnusluku, johon päästöt suhteutetaan.',
    en: () => 'The intensity target does not say what emissions are divided by.',
    sv: () => 'Det relativa målet saknar det nyckeltal som utsläppen ska räknas i förhållande till.',
  },
  'base-year-not-calculated': {
    fi: (p) => `Tavoitteen perusvuoden ${s(p.year)} päästöjä ei ole tallennettu tiedostoon.`,
    en: (p) => `The file holds no recorded emissions of the target's base year ${s(p.year)}.`,
    sv: (p) => `Filen innehåller inga sparade utsläpp för målets basår ${s(p.year)}.`,
  },
  'base-year-metric-missing': {
    fi: (p) =>
      `Perusvuoden ${s(p.year)} tallennetuista luvuista puuttuu tunnusluku, johon tavoite suhteutetaan.`,
    en: (p) => `The base year ${s(p.year)}'s recorded figures lack the metric the target is divided by.`,
    sv: (p) =>
      `I de sparade siffrorna för basåret ${s(p.year)} saknas det nyckeltal som målet räknas i förhållande till.`,
  },
  'base-year-negative': {
    fi: (p) =>
      `Perusvuoden ${s(p.year)} päästöt tavoitteen rajauksessa ovat alle nollan; vähennystä ei voi laskea.`,
    en: (p) =>
      `The base year ${s(p.year)}'s emissions within the target are below zero; no cut can be measured.`,
    sv: (p) =>
      `Utsläppen för basåret ${s(p.year)} inom målets avgränsning är under noll; minskningen kan inte räknas ut.`,
  },
  'target-before-base': {
    fi: (p) => `Tavoitevuoden (${s(p.targetYear)}) pitää olla perusvuoden (${s(p.year)}) jälkeen.`,
    en: (p) => `The target year (${s(p.targetYear)}) must be after the base year (${s(p.year)}).`,
    sv: (p) => `Målåret (${s(p.targetYear)}) måste komma efter basåret (${s(p.year)}).`,
  },
  'reduction-out-of-range': {
    fi: () => 'Vähennyksen pitää olla 0–100 %.',
    en: () => 'The reduction must be between 0 and 100%.',
    sv: () => 'Minskningen måste vara 0–100 %.',
  },
};

type CommitmentCode = Extract<IssueCode, `target-${string}`>;

export const COMMITMENT_MESSAGES: Record<CommitmentCode, Record<Lang, Msg>> = {
  'target-problem': {
    fi: (p) =>
      PROBLEM[s(p.problem) as ProgressProblem]?.fi(p) ?? `Tavoitetta ei voi laskea (${s(p.problem)}).`,
    en: (p) =>
      PROBLEM[s(p.problem) as ProgressProblem]?.en(p) ?? `The target cannot be computed (${s(p.problem)}).`,
    sv: (p) =>
      PROBLEM[s(p.problem) as ProgressProblem]?.sv(p) ?? `Målet kan inte räknas ut (${s(p.problem)}).`,
  },
  'target-base-not-in-file': {
    fi: (p) =>
      `Tiedostossa ei ole tavoitteen perusvuoden ${s(p.year)} tietoja; tavoitetta seurataan perusvuodelle tallennetuilla luvuilla.`,
    en: (p) =>
      `The file does not hold the target's base year ${s(p.year)}; the target is followed with the figures recorded for the base year.`,
    sv: (p) =>
      `Filen innehåller inte uppgifterna för målets basår ${s(p.year)}; målet följs upp med de siffror som sparats för basåret.`,
  },
};
