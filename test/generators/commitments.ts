/**
 * A generated partner's climate commitment, made as the app makes it: the joining date, targets by the
 * published presets, the base year's figures recorded from its calculated results when a target is set on
 * it, and actions by theme and status with their dates.
 */
import type { CategoryId } from '../../src/core/categories';
import type {
  ActionStatus,
  ActionTheme,
  BaseYearFigures,
  ClimateAction,
  Commitment,
  Target,
} from '../../src/core/commitment';
import { DEFAULT_RECALCULATION_THRESHOLD_PCT } from '../../src/core/commitment';
import type { Inventory } from '../../src/core/inventory';
import type { InventoryResult } from '../../src/core/results';
import type { Random } from './random';

const ACTIONS: { theme: ActionTheme; title: string; categories: CategoryId[]; basis: string }[] = [
  {
    theme: 'energy',
    title: 'Siirrytään uusiutuvaan sähköön',
    categories: ['s2.electricity'],
    basis: 'Sähkön kulutus × jäännösjakauma',
  },
  {
    theme: 'energy',
    title: 'LED-valaistus kaikkiin tiloihin',
    categories: ['s2.electricity'],
    basis: 'Valaistuksen osuus kulutuksesta',
  },
  {
    theme: 'buildings',
    title: 'Lämmön talteenotto ilmanvaihtoon',
    categories: ['s2.heat'],
    basis: 'Urakoitsijan arvio',
  },
  {
    theme: 'buildings',
    title: 'Sisälämpötila 21 asteeseen',
    categories: ['s2.heat'],
    basis: 'Motivan nyrkkisääntö: 5 % asteelta',
  },
  {
    theme: 'transport',
    title: 'Pakettiautot sähköisiksi',
    categories: ['s1.mobile'],
    basis: 'Ajokilometrit × kulutus',
  },
  {
    theme: 'transport',
    title: 'Etäkokoukset lentojen sijaan',
    categories: ['s3.06'],
    basis: 'Edellisen vuoden lennot',
  },
  { theme: 'procurement', title: 'Hankintaohjeeseen ilmastokriteerit', categories: ['s3.01'], basis: '' },
  {
    theme: 'waste',
    title: 'Biojätteen erilliskeräys',
    categories: ['s3.05'],
    basis: 'Jätehuoltoyhtiön raportti',
  },
  {
    theme: 'refrigerants',
    title: 'Kylmälaitteiden vuototarkastukset',
    categories: ['s1.fugitive'],
    basis: 'Huoltoraportit',
  },
  { theme: 'other', title: 'Henkilöstön ilmastokoulutus', categories: [], basis: '' },
];

const STATUSES: ActionStatus[] = ['not-started', 'planned', 'in-progress', 'done', 'dropped'];

/** The day `days` after 1 January of `year`, "YYYY-MM-DD". */
function dayIn(year: number, days: number): string {
  return new Date(Date.UTC(year, 0, 1 + days)).toISOString().slice(0, 10);
}

/** The figures the app records for a base year, from the year's calculated result. */
export function baseYearFigures(inv: Inventory, result: InventoryResult): BaseYearFigures {
  const scope3ByCategory: BaseYearFigures['scope3ByCategory'] = {};
  for (const [c, t] of Object.entries(result.byCategory)) {
    if (c.startsWith('s3.') && t) scope3ByCategory[c as CategoryId] = t.location;
  }
  return {
    scope1: result.scope1,
    scope2: { location: result.scope2.location, market: result.scope2.market },
    scope3ByCategory,
    metrics: inv.metrics,
    factorSet: { id: inv.factorSet.id, release: inv.factorSet.release },
    gwp: inv.gwp,
  };
}

/** A commitment for a partner whose years (oldest first) have these results; absent for some partners. */
export function generateCommitment(
  rnd: Random,
  inventories: readonly Inventory[],
  results: readonly InventoryResult[],
): Commitment | undefined {
  if (rnd.chance(0.1)) return undefined;
  const first = inventories[0] as Inventory;
  const last = inventories[inventories.length - 1] as Inventory;
  const joinedYear = rnd.int(Math.max(2018, first.year - 2), last.year + 1);
  const joinedOn = dayIn(joinedYear, rnd.int(0, 360));
  const at = (year: number) => `${dayIn(year, rnd.int(0, 360))}T09:00:00.000Z`;
  const targets: Target[] = [];
  const nTargets = rnd.chance(0.35) ? 0 : rnd.chance(0.75) ? 1 : 2;
  for (let i = 0; i < nTargets; i++) {
    const preset = rnd.pick(['sbti-sme', 'sme-climate-hub', 'chamber-2035', 'own'] as const);
    const intensity = preset === 'own' && rnd.chance(0.5);
    targets.push({
      id: `target-${i + 1}`,
      preset,
      ...(preset === 'own' ? { name: 'Päästöt puoleen toimipaikoilla' } : {}),
      scope1: true,
      scope2: rnd.chance(0.7) ? 'market' : 'location',
      scope3Categories: rnd.chance(0.4) ? ['s3.06'] : [],
      kind: intensity ? 'intensity' : 'absolute',
      ...(intensity ? { metric: 'fte' as const } : {}),
      baseYear: first.year,
      targetYear: preset === 'chamber-2035' ? 2035 : 2030,
      reductionPct: preset === 'sbti-sme' ? 42 : preset === 'sme-climate-hub' ? 50 : rnd.int(20, 60),
      ...(preset === 'chamber-2035' ? { maxOffsetPct: 20 } : {}),
      createdAt: at(Math.min(joinedYear, last.year + 1)),
    });
  }
  const baseYears =
    targets.length > 0 && results[0]
      ? [{ year: first.year, figures: baseYearFigures(first, results[0]), recordedAt: at(last.year) }]
      : [];
  const actions: ClimateAction[] = rnd.some(ACTIONS, rnd.int(0, 6)).map((a, i) => {
    const status = rnd.pick(STATUSES);
    // Dates up to the latest year's end at most: the file is exported after it.
    const startYear = rnd.int(first.year - 1, last.year - 1);
    const statusDates: ClimateAction['statusDates'] = {};
    // Each status up to the current one was reached in turn; a dropped action was planned first.
    const path: ActionStatus[] =
      status === 'dropped' ? ['planned', 'dropped'] : STATUSES.slice(0, STATUSES.indexOf(status) + 1);
    path.forEach((s, k) => {
      statusDates[s] = dayIn(startYear + Math.floor(k / 2), rnd.int(0, 170) + (k % 2) * 180);
    });
    const created = `${dayIn(startYear, 0)}T08:00:00.000Z`;
    return {
      id: `action-${i + 1}`,
      title: a.title,
      theme: a.theme,
      categories: a.categories,
      status,
      statusDates,
      ...(a.basis !== '' && rnd.chance(0.6)
        ? { expected: { kgPerYear: rnd.int(1, 200) * 100, basis: a.basis } }
        : {}),
      createdAt: created,
      updatedAt: `${dayIn(last.year, 200)}T08:00:00.000Z`,
    };
  });
  return {
    joinedOn,
    ...(rnd.chance(0.5) ? { text: 'Sitoudumme puolittamaan päästömme vuoteen 2030 mennessä.' } : {}),
    targets,
    actions,
    recalculationThresholdPct: DEFAULT_RECALCULATION_THRESHOLD_PCT,
    baseYears,
    recalculations: [],
  };
}
