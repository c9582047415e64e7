/**
 * The warning for an old Scope 2 factor says what the old value stands for and the fix that fits it: the
 * national grid average of a location-based figure comes only with a newer factor set (from the city); a
 * market-based residual mix or a district-heat factor has a supplier's factor as its better value.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactorSet } from '../../src/core/factorSet';
import type { Entry, Inventory } from '../../src/core/inventory';
import type { Issue } from '../../src/core/issues';
import { validateInventory } from '../../src/core/validate';
import { issueMessage } from '../../src/i18n/issueMessages';
import { entry, fiSet, inventory } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const stale = (inv: Inventory): Issue[] =>
  validateInventory(inv, set, new Set(['a'])).filter((i) => i.code === 'stale-factor');

const electricity: Omit<Entry, 'id'> = {
  category: 's2.electricity',
  activity: 'electricity.fi',
  quantity: 1000,
  unit: 'kWh',
  site: 'a',
};

describe('stale-factor', () => {
  it('location-based electricity of 2018: the 2014 national average is used; the fix is a set from the city', () => {
    const [grid, ...rest] = stale(inventory([entry(electricity)], { year: 2018 }));
    expect(grid?.params).toMatchObject({
      factor: 'fi.electricity.location',
      valueYear: 2014,
      year: 2018,
      basis: 'location',
    });
    // The residual mix of 2017 is within two years of 2018: only the grid factor is stale.
    expect(rest).toEqual([]);
    const fi = issueMessage(grid as Issue, 'fi');
    expect(fi).toContain('Sijaintiperusteinen sähkö');
    expect(fi).toContain('vuodelta 2018 ei ole kerroinsarjassa');
    expect(fi).toContain('viimeisimmällä aiemmalla arvolla (vuosi 2014');
    expect(fi).toContain('Asetukset → Päästökerroinsarjat');
    // Named as people know it, not by its id.
    expect(fi).toContain('Sähkö, Suomen sähköntuotannon keskimääräinen CO2-päästökerroin');
    expect(fi).not.toContain('fi.electricity.location');
    expect(fi).not.toMatch(/toimittaja/);
    const en = issueMessage(grid as Issue, 'en');
    expect(en).toContain('the national average factor for 2018 is not in the factor set');
    expect(en).toContain('latest earlier value (year 2014');
    expect(en).toContain('Settings → Emission factor sets');
    expect(en).not.toMatch(/supplier/);
  });

  it('an inventory before the first value says the nearest later value is used', () => {
    const [grid] = stale(inventory([entry(electricity)], { year: 2012 }));
    expect(grid?.params).toMatchObject({ valueYear: 2014, year: 2012, basis: 'location' });
    expect(issueMessage(grid as Issue, 'fi')).toContain('lähimmällä myöhemmällä arvolla (vuosi 2014');
  });

  it('market-based residual mix and district heat keep the advice to use the supplier’s factor', () => {
    const issues = stale(
      inventory(
        [
          entry(electricity),
          entry({ category: 's2.heat', activity: 'district-heat.fi', quantity: 10, unit: 'MWh', site: 'a' }),
        ],
        { year: 2013 },
      ),
    );
    const byFactor = new Map(issues.map((i) => [i.params?.factor, i]));
    const residual = byFactor.get('fi.electricity.residual-mix');
    const heat = byFactor.get('fi.district-heat.national');
    expect(residual?.params?.basis).toBe('supplier');
    expect(heat?.params?.basis).toBe('supplier');
    expect(issueMessage(heat as Issue, 'fi')).toContain('toimittajan');
    expect(issueMessage(residual as Issue, 'en')).toContain("supplier's factor");
  });
});
