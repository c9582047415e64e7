/**
 * Units, qualifiers and instruments as people read them (issue 11): every unit id has a Finnish and an
 * English name, the Finnish names of the units users met as ids ("room-night", "pcs"), a trace written with
 * those names, an activity's repeated qualifier written once, and a guarantee of origin in words, not "0".
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaOf } from '../../src/core/formula';
import type { EntryResult } from '../../src/core/results';
import { UNITS, type UnitId } from '../../src/core/units';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { withoutRepeatedQualifier } from '../../src/factors/repeatedQualifier';
import { formulaOptions } from '../../src/i18n/formula';
import { tr } from '../../src/i18n/ui';
import { unitName, unitNameTable } from '../../src/i18n/unitNames';
import { evaluateExchange } from '../../src/io/evaluate';
import { noticeText } from '../../src/ui/inventory/bulk/bulkTexts';
import { EXAMPLES_SET } from '../helpers';

describe('unit names', () => {
  it('names every unit id of the core in Finnish and English', () => {
    const table = unitNameTable();
    expect(Object.keys(table).sort()).toEqual(Object.keys(UNITS).sort());
    for (const u of Object.keys(UNITS) as UnitId[]) {
      expect(unitName(u, 'fi').trim(), u).not.toBe('');
      expect(unitName(u, 'en').trim(), u).not.toBe('');
    }
  });

  it('writes the units a Finnish user met as ids in Finnish', () => {
    expect(unitName('room-night', 'fi')).toBe('yö');
    expect(unitName('pcs', 'fi')).toBe('kpl');
    expect(unitName('pkm', 'fi')).toBe('hkm');
    expect(unitName('m3', 'fi')).toBe('m³');
    for (const u of ['room-night', 'pcs', 'pkm', 'm3', 'kEUR'] as const)
      expect(unitName(u, 'fi')).not.toBe(u);
  });

  it('names the unit a spreadsheet import assumed in the user language', () => {
    const notice = { key: 'bulkNoticeDefaultUnit', params: { unit: 'room-night' } } as const;
    expect(noticeText('fi', notice, ';')).toContain('yksikössä yö.');
    expect(noticeText('fi', notice, ';')).not.toContain('room-night');
    expect(noticeText('en', notice, ',')).toContain('read in room night.');
  });

  it('shows an id it does not know as it is, rather than nothing', () => {
    expect(unitName('furlong', 'fi')).toBe('furlong');
  });
});

describe('an activity qualifier repeated by the set generator', () => {
  it('is written once, whatever it says', () => {
    expect(withoutRepeatedQualifier('Lentomatkat (euroina) (euroina)')).toBe('Lentomatkat (euroina)');
    expect(withoutRepeatedQualifier('Taxi (by spend) (by spend) (by spend)')).toBe('Taxi (by spend)');
  });

  it('leaves names with different or single qualifiers alone', () => {
    for (const name of ['Diesel (B7) (tieliikenne)', 'Lentomatkat (euroina)', 'Sähkö', '(a) b (a)'])
      expect(withoutRepeatedQualifier(name)).toBe(name);
  });

  it('is mended in the built-in set as read, though its published file keeps the repeat', async () => {
    const raw = readFileSync('src/factors/sets/fi-2025.1.json', 'utf8');
    expect(raw).toContain('Taksimatkat (euroina) (euroina)');
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const taxi = set.activities.find((a) => a.id === 'spend.travel.taxi');
    expect(taxi?.names).toEqual({
      fi: 'Taksimatkat (euroina)',
      en: 'Taxi (by spend)',
      sv: 'Taxiresor (i euro)',
    });
  });
});

describe('traces and totals in words', () => {
  async function results(): Promise<EntryResult[]> {
    const set = await loadBuiltinSet(EXAMPLES_SET);
    const file = JSON.parse(readFileSync('docs/examples/shop-guarantees-of-origin.json', 'utf8'));
    const ev = await evaluateExchange(file, async () => set);
    if (!ev.ok) throw new Error(JSON.stringify(ev.issues.slice(0, 3)));
    return ev.results.flatMap((r) => r.entries);
  }

  it('writes a guarantee of origin in words, not as "(alkuperätakuu, 0)"', async () => {
    const withCertificate = (await results()).filter((r) =>
      r.trace.market?.some((p) => p.kind === 'certificate' && !p.factor),
    );
    expect(withCertificate.length).toBeGreaterThan(0);
    for (const r of withCertificate) {
      const fi = formulaOf(r, formulaOptions('fi'));
      const en = formulaOf(r, formulaOptions('en'));
      expect(fi).toContain('alkuperätakuu (päästötön sähkö)');
      expect(en).toContain('certificate (zero-emission electricity)');
      for (const text of [fi, en]) expect(text).not.toMatch(/, 0\)/);
    }
  });

  it('writes units in a Finnish trace by their Finnish names', async () => {
    const all = await results();
    for (const r of all) {
      const fi = formulaOf(r, formulaOptions('fi'));
      expect(fi).toContain(` ${unitName(r.trace.quantity.unit, 'fi')}`);
    }
    // Without the language's options the trace keeps the ids (the command line's JSON, for machines).
    const first = all[0] as EntryResult;
    expect(formulaOf(first)).toContain(` ${first.trace.quantity.unit}`);
  });

  it('labels biogenic CO2 in tonnes of CO2, not of CO2e', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(tr(lang, 'tonnesCO2')).toBe('t CO2');
      expect(tr(lang, 'tonnesCO2')).not.toContain('CO2e');
    }
  });
});
