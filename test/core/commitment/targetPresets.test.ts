/** The presets' targets from a base year, their sources and the SBTi SME eligibility checklist (issue 12). */
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories';
import { targetProblems } from '../../../src/core/targetChecks';
import {
  eligibility,
  knownEligibility,
  presetTargets,
  TARGET_PRESET_INFO,
} from '../../../src/core/targetPresets';
import { targetProgress } from '../../../src/core/targetProgress';
import { recordOf, T } from './fixtures';

const AT = '2026-03-01T10:00:00.000Z';
const SBTI = TARGET_PRESET_INFO['sbti-sme'];

describe('presetTargets', () => {
  it('sets the SBTi SME target at 4.2 % a year from the base year to 2030', () => {
    const [t, ...rest] = presetTargets('sbti-sme', 2022, AT);
    expect(rest).toEqual([]);
    expect(t).toEqual({
      preset: 'sbti-sme',
      scope1: true,
      scope2: 'market',
      scope3Categories: [],
      kind: 'absolute',
      baseYear: 2022,
      targetYear: 2030,
      reductionPct: 33.6,
      createdAt: AT,
    });
    expect(presetTargets('sbti-sme', 2020, AT)[0]?.reductionPct).toBe(42);
    expect(presetTargets('sbti-sme', 2025, AT)[0]?.reductionPct).toBe(21);
  });

  it('makes the worked example: 100 t in 2022 to 66.4 t in 2030', () => {
    const fields = presetTargets('sbti-sme', 2022, AT)[0];
    if (!fields) throw new Error('no target');
    const base = recordOf(2022, { scope1: 70 * T, scope2: { location: 50 * T, market: 30 * T } });
    const p = targetProgress({ id: 'x', ...fields }, base, []);
    expect(p.base?.value).toBe(100 * T);
    expect(p.target?.value).toBeCloseTo(66.4 * T, 6);
  });

  it('keeps the reduction within 0–100 % and leaves a base year after 2030 to the form to refuse', () => {
    expect(presetTargets('sbti-sme', 2000, AT)[0]?.reductionPct).toBe(100);
    const late = presetTargets('sbti-sme', 2031, AT)[0];
    if (!late) throw new Error('no target');
    expect(late.reductionPct).toBe(0);
    expect(targetProblems({ id: 'x', ...late }, [{ year: 2031, metrics: {} }])).toEqual([
      { field: 'targetYear', problem: 'target-before-base' },
    ]);
  });

  it('sets two SME Climate Hub targets: Scope 1 + 2 halved by 2030, all scopes cut 90 % by 2050', () => {
    const [half, netZero] = presetTargets('sme-climate-hub', 2023, AT);
    expect(half).toMatchObject({ targetYear: 2030, reductionPct: 50, scope1: true, scope3Categories: [] });
    expect(netZero).toMatchObject({ targetYear: 2050, reductionPct: 90, scope1: true, scope2: 'market' });
    expect(netZero?.scope3Categories).toEqual(CATEGORY_IDS.filter((c) => c.startsWith('s3.')));
    expect(netZero?.scope3Categories).toHaveLength(15);
  });

  it('sets the Chamber of Commerce commitment: 80 % by 2035 with offsets at most 20 %', () => {
    expect(presetTargets('chamber-2035', 2021, AT)).toEqual([
      {
        preset: 'chamber-2035',
        scope1: true,
        scope2: 'market',
        scope3Categories: ['s3.04', 's3.06', 's3.07', 's3.09'],
        kind: 'absolute',
        baseYear: 2021,
        targetYear: 2035,
        reductionPct: 80,
        maxOffsetPct: 20,
        createdAt: AT,
      },
    ]);
  });

  it('gives copies: changing one target does not change the preset', () => {
    const a = presetTargets('chamber-2035', 2021, AT)[0];
    a?.scope3Categories.push('s3.01');
    expect(presetTargets('chamber-2035', 2021, AT)[0]?.scope3Categories).toHaveLength(4);
  });

  it('cites publisher, document and web address for every rule and checklist item', () => {
    for (const preset of Object.values(TARGET_PRESET_INFO)) {
      const sources = [
        ...preset.targets.flatMap((t) => t.sources),
        ...(preset.eligibility?.items ?? []).map((i) => i.source),
      ];
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) {
        expect(s.publisher.length).toBeGreaterThan(2);
        expect(s.document.length).toBeGreaterThan(2);
        expect(s.url).toMatch(/^https:\/\/[a-z.]+\//);
      }
    }
  });
});

describe('SBTi SME eligibility', () => {
  const yes = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, true]));
  const ALL = ['under10kt', 'notFinanceOrOilGas', 'noSectorMethod', 'notSubsidiary'];

  it('needs every condition of the first group and three of the second', () => {
    expect(
      eligibility(SBTI, { ...yes(ALL), ...yes(['under250Employees', 'turnoverUnder50M', 'notFlag']) }),
    ).toBe('eligible');
    expect(
      eligibility(SBTI, {
        ...yes(ALL),
        under250Employees: true,
        turnoverUnder50M: true,
        assetsUnder25M: false,
        notFlag: false,
      }),
    ).toBe('not-eligible');
    expect(
      eligibility(SBTI, {
        ...yes(ALL),
        notSubsidiary: false,
        ...yes(['under250Employees', 'turnoverUnder50M', 'assetsUnder25M']),
      }),
    ).toBe('not-eligible');
  });

  it('stays unknown while unanswered conditions could decide it', () => {
    expect(eligibility(SBTI, {})).toBe('unknown');
    expect(eligibility(SBTI, { ...yes(ALL), under250Employees: true, turnoverUnder50M: true })).toBe(
      'unknown',
    );
    expect(eligibility(SBTI, { ...yes(['under250Employees', 'turnoverUnder50M', 'assetsUnder25M']) })).toBe(
      'unknown',
    );
  });

  it('reads the emissions and turnover conditions from the base year', () => {
    const at = (kt: number, revenueEur?: number) =>
      knownEligibility(
        recordOf(
          2022,
          { scope1: kt * 0.4 * 1e6, scope2: { location: kt * 0.6 * 1e6, market: 0 } },
          revenueEur === undefined ? {} : { revenueEur },
        ).figures,
      );
    expect(at(9.999)).toEqual({ under10kt: true });
    expect(at(10)).toEqual({ under10kt: false });
    expect(at(1, 49_999_999)).toEqual({ under10kt: true, turnoverUnder50M: true });
    expect(at(1, 50_000_000)).toEqual({ under10kt: true, turnoverUnder50M: false });
  });
});
