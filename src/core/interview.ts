/**
 * The year's opening interview (issue 10): a few questions in the partner's words whose answers say which
 * GHG Protocol categories concern the partner. Data and pure functions only; the words of every question,
 * answer and justification are in src/i18n/uiInterview.ts under the ids used here.
 *
 * An answer either opens categories (they are to do until they have entries) or marks them not relevant with
 * a prefilled justification, which the user can edit. "Don't know" and unanswered questions decide nothing:
 * their categories stay to do. Purchased goods and services concern every organization and are always open.
 */
import type { CategoryId } from './categories';

/** What an answer says of one category: it concerns the partner, or not, with the justification's key. */
export type Verdict =
  | { category: CategoryId; open: true }
  | { category: CategoryId; open: false; reason: string };

export interface InterviewAnswer {
  id: string;
  /** What the answer says of each category it concerns; an empty list decides nothing ("don't know"). */
  verdicts: readonly Verdict[];
}

export interface InterviewQuestion {
  id: string;
  /** The theme of the year page the question's categories are shown under. */
  theme: ThemeId;
  answers: readonly InterviewAnswer[];
  /** Asked only when another question has one of these answers; otherwise its answer is not read. */
  askedIf?: { question: string; answers: readonly string[] };
}

/** The year page's groups, in the order the interview asks about them. */
export const THEME_IDS = [
  'energy',
  'fuels',
  'refrigerants',
  'travel',
  'purchases',
  'waste',
  'sold',
  'assets',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** Every category in exactly one theme, in the order the year page shows them. */
export const THEME_CATEGORIES: Readonly<Record<ThemeId, readonly CategoryId[]>> = {
  energy: ['s2.electricity', 's2.heat', 's2.cooling', 's2.steam', 's3.03'],
  fuels: ['s1.mobile', 's1.stationary', 's1.process'],
  refrigerants: ['s1.fugitive'],
  travel: ['s3.06', 's3.07', 's3.04', 's3.09'],
  purchases: ['s3.01', 's3.02'],
  waste: ['s3.05'],
  sold: ['s3.10', 's3.11', 's3.12'],
  assets: ['s3.08', 's3.13', 's3.14', 's3.15'],
};

/** The answer every question has: it decides nothing, so the question's categories stay to do. */
export const UNKNOWN = 'unknown';

/** Categories that concern every organization, whatever the answers. */
export const ALWAYS_OPEN: readonly CategoryId[] = ['s3.01'];

const open = (...categories: CategoryId[]): Verdict[] =>
  categories.map((category) => ({ category, open: true }));
const notRelevant = (reason: string, ...categories: CategoryId[]): Verdict[] =>
  categories.map((category) => ({ category, open: false, reason }));
const answer = (id: string, ...verdicts: Verdict[][]): InterviewAnswer => ({ id, verdicts: verdicts.flat() });
const unknown: InterviewAnswer = { id: UNKNOWN, verdicts: [] };

/**
 * Buying fuel or energy also opens its upstream emissions and grid losses (category 3), which the app
 * computes from the same quantities; "no" answers leave category 3 alone, as another energy may need it.
 */
const energy = (...categories: CategoryId[]) => open(...categories, 's3.03');

export const QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'electricity',
    theme: 'energy',
    answers: [
      answer('contract', energy('s2.electricity')),
      answer('rent', energy('s2.electricity')),
      answer('none', notRelevant('noElectricity', 's2.electricity')),
      unknown,
    ],
  },
  {
    id: 'heat',
    theme: 'energy',
    answers: [
      answer('district', energy('s2.heat')),
      answer('rent', energy('s2.heat')),
      answer('other', notRelevant('noBoughtHeat', 's2.heat')),
      unknown,
    ],
  },
  {
    id: 'cooling',
    theme: 'energy',
    answers: [
      answer('district', energy('s2.cooling')),
      answer('none', notRelevant('noDistrictCooling', 's2.cooling')),
      unknown,
    ],
  },
  {
    id: 'steam',
    theme: 'energy',
    answers: [answer('yes', energy('s2.steam')), answer('no', notRelevant('noSteam', 's2.steam')), unknown],
  },
  {
    id: 'vehicles',
    theme: 'fuels',
    answers: [
      answer('own', energy('s1.mobile')),
      answer('leased', energy('s1.mobile')),
      answer('none', notRelevant('noVehicles', 's1.mobile')),
      unknown,
    ],
  },
  {
    id: 'fuels',
    theme: 'fuels',
    answers: [
      answer('none', notRelevant('noFuels', 's1.stationary')),
      answer('oil', energy('s1.stationary')),
      answer('gas', energy('s1.stationary')),
      answer('wood', energy('s1.stationary')),
      answer('other', energy('s1.stationary')),
      unknown,
    ],
  },
  {
    id: 'process',
    theme: 'fuels',
    answers: [
      answer('yes', open('s1.process')),
      answer('no', notRelevant('noProcess', 's1.process')),
      unknown,
    ],
  },
  {
    id: 'refrigeration',
    theme: 'refrigerants',
    answers: [
      answer('serviced', open('s1.fugitive')),
      answer('small', notRelevant('onlySmallFridges', 's1.fugitive')),
      answer('none', notRelevant('noRefrigeration', 's1.fugitive')),
      unknown,
    ],
  },
  {
    id: 'travel',
    theme: 'travel',
    answers: [answer('yes', open('s3.06')), answer('no', notRelevant('noTravel', 's3.06')), unknown],
  },
  {
    id: 'commuting',
    theme: 'travel',
    answers: [answer('yes', open('s3.07')), answer('no', notRelevant('noCommuting', 's3.07')), unknown],
  },
  {
    id: 'freightIn',
    theme: 'travel',
    answers: [answer('yes', open('s3.04')), answer('no', notRelevant('noFreightIn', 's3.04')), unknown],
  },
  {
    id: 'freightOut',
    theme: 'travel',
    answers: [answer('yes', open('s3.09')), answer('no', notRelevant('noFreightOut', 's3.09')), unknown],
  },
  {
    id: 'capital',
    theme: 'purchases',
    answers: [answer('yes', open('s3.02')), answer('no', notRelevant('noCapital', 's3.02')), unknown],
  },
  {
    id: 'waste',
    theme: 'waste',
    answers: [answer('yes', open('s3.05')), answer('no', notRelevant('noWaste', 's3.05')), unknown],
  },
  {
    id: 'products',
    theme: 'sold',
    answers: [
      answer('none', notRelevant('servicesOnly', 's3.10', 's3.11', 's3.12')),
      answer('final', notRelevant('notProcessedFurther', 's3.10'), open('s3.12')),
      answer('intermediate', open('s3.10', 's3.12')),
      unknown,
    ],
  },
  {
    id: 'productEnergy',
    theme: 'sold',
    askedIf: { question: 'products', answers: ['final', 'intermediate'] },
    answers: [
      answer('yes', open('s3.11')),
      answer('no', notRelevant('productsUseNoEnergy', 's3.11')),
      unknown,
    ],
  },
  {
    id: 'leasedIn',
    theme: 'assets',
    answers: [answer('yes', open('s3.08')), answer('no', notRelevant('noLeasedIn', 's3.08')), unknown],
  },
  {
    id: 'leasedOut',
    theme: 'assets',
    answers: [answer('yes', open('s3.13')), answer('no', notRelevant('noLeasedOut', 's3.13')), unknown],
  },
  {
    id: 'franchises',
    theme: 'assets',
    answers: [answer('yes', open('s3.14')), answer('no', notRelevant('noFranchises', 's3.14')), unknown],
  },
  {
    id: 'investments',
    theme: 'assets',
    answers: [answer('yes', open('s3.15')), answer('no', notRelevant('noInvestments', 's3.15')), unknown],
  },
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): InterviewQuestion | undefined {
  return BY_ID.get(id);
}

/** The theme a category is shown under on the year page. */
export function themeOf(category: CategoryId): ThemeId {
  for (const theme of THEME_IDS) if (THEME_CATEGORIES[theme].includes(category)) return theme;
  throw new Error(`No theme for ${category}`);
}

/** Whether a question is asked with these answers (a follow-up question only after its lead-in). */
export function isAsked(q: InterviewQuestion, answers: Readonly<Record<string, string>>): boolean {
  if (!q.askedIf) return true;
  const lead = answers[q.askedIf.question];
  return lead !== undefined && q.askedIf.answers.includes(lead);
}

/**
 * What the answers say of each category: open, or not relevant with a justification key. Questions not
 * asked, unanswered, answered "don't know" or with an answer id this version does not know (a file from a
 * later app) say nothing. Where two answers disagree, open wins: a category is never excluded by doubt.
 */
export function verdicts(answers: Readonly<Record<string, string>>): Map<CategoryId, Verdict> {
  const out = new Map<CategoryId, Verdict>();
  for (const category of ALWAYS_OPEN) out.set(category, { category, open: true });
  for (const q of QUESTIONS) {
    if (!isAsked(q, answers)) continue;
    const a = q.answers.find((x) => x.id === answers[q.id]);
    for (const v of a?.verdicts ?? []) {
      const before = out.get(v.category);
      if (!before || (v.open && !before.open)) out.set(v.category, v);
    }
  }
  return out;
}

/** The part of a year applyInterview reads: its exclusions, the categories of its entries, its interview. */
export interface InterviewYear {
  excluded: readonly { category: CategoryId; reason: string }[];
  /** Entries and figures not known yet: any of them makes its category one with entries. */
  entries: readonly { category: CategoryId }[];
  interview?: { answers: Readonly<Record<string, string>> } | undefined;
}

export interface InterviewChange {
  /** Categories the answers say concern the partner (to do until they have entries). */
  opened: CategoryId[];
  /** Exclusions to add, with the justification's key (its words in the user's language are the caller's). */
  exclude: { category: CategoryId; reason: string }[];
  /** Categories whose exclusion is removed: an answer now opens them, or the answer that excluded them was withdrawn. */
  include: CategoryId[];
  /**
   * Categories the answers mark not relevant that have entries: never excluded silently. The user chooses
   * to keep the entries (the category stays) or to delete them (then it is excluded with this reason).
   */
  conflicts: { category: CategoryId; reason: string; entries: number }[];
}

/**
 * The change that new answers make to a year. An exclusion already there keeps its (perhaps edited)
 * justification; an exclusion made by an earlier answer is removed when that answer is withdrawn or becomes
 * "don't know"; an exclusion the user made by hand with no answer about it stays.
 */
export function applyInterview(
  year: InterviewYear,
  answers: Readonly<Record<string, string>>,
): InterviewChange {
  const now = verdicts(answers);
  const before = verdicts(year.interview?.answers ?? {});
  const counts = new Map<CategoryId, number>();
  for (const e of year.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const excluded = new Set(year.excluded.map((x) => x.category));
  const change: InterviewChange = { opened: [], exclude: [], include: [], conflicts: [] };
  // Categories open only because they always are (purchases) keep an exclusion the user made by hand: no
  // answer concerns them, and removing it would lose the user's justification.
  const openedByAnswer = new Set<CategoryId>();
  for (const q of QUESTIONS) {
    if (!isAsked(q, answers)) continue;
    for (const v of q.answers.find((x) => x.id === answers[q.id])?.verdicts ?? [])
      if (v.open) openedByAnswer.add(v.category);
  }
  for (const v of now.values()) {
    if (v.open) {
      change.opened.push(v.category);
      if (excluded.has(v.category) && openedByAnswer.has(v.category)) change.include.push(v.category);
      continue;
    }
    const n = counts.get(v.category) ?? 0;
    if (n > 0) change.conflicts.push({ category: v.category, reason: v.reason, entries: n });
    else if (!excluded.has(v.category)) change.exclude.push({ category: v.category, reason: v.reason });
  }
  for (const [category, v] of before) {
    if (!v.open && !now.has(category) && excluded.has(category)) change.include.push(category);
  }
  return change;
}
