/**
 * The sector field (issue 10): TOL 2008's sections and divisions with their names, found by a word of their
 * name ("leipomo" finds 10.71), a typed code checked by its form and its division, and a sector problem that
 * never stops a year's results: the report is made without the sector, with a warning that names the field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactorSet } from '../../src/core/factorSet';
import type { Inventory } from '../../src/core/inventory';
import type { Organization } from '../../src/core/organization';
import { isTolDivision, sectorCodeProblem, TOL_PATTERN } from '../../src/core/sector';
import { issueMessage } from '../../src/i18n/issueMessages';
import { TOL_2008 } from '../../src/i18n/tol2008';
import { codeOfLabel, searchTol, tolItem, tolLabel } from '../../src/i18n/tolSearch';
import { evaluateYear } from '../../src/io/evaluateYear';
import { readExchange } from '../../src/io/exchange';
import { fiSet, partnerYearsFile } from '../io/report/partnerYears';

describe('TOL 2008 list', () => {
  const sections = TOL_2008.filter((t) => /^[A-Z]$/.test(t.code));
  const divisions = TOL_2008.filter((t) => /^\d{2}$/.test(t.code));

  it('has the 21 sections A–U and the 88 divisions, each division under a section', () => {
    expect(sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(divisions).toHaveLength(88);
    for (const d of divisions) {
      expect(d.parent, d.code).toMatch(/^[A-U]$/);
      expect(isTolDivision(Number(d.code)), d.code).toBe(true);
    }
    // The core's division numbers are exactly the list's.
    const numbers = Array.from({ length: 99 }, (_x, i) => i + 1).filter(isTolDivision);
    expect(numbers.map((n) => String(n).padStart(2, '0'))).toEqual(divisions.map((d) => d.code));
  });

  it('names every item in Finnish and English, and every code is in TOL form', () => {
    const codes = new Set<string>();
    for (const t of TOL_2008) {
      expect(t.fi.trim(), t.code).not.toBe('');
      expect(t.en.trim(), t.code).not.toBe('');
      expect(TOL_PATTERN.test(t.code), t.code).toBe(true);
      expect(codes.has(t.code), t.code).toBe(false);
      codes.add(t.code);
      if (t.parent) expect(codes.has(t.parent), `${t.code} under ${t.parent}`).toBe(true);
    }
  });

  it('finds the bakery by "leipomo", "bageri" and "bakery", and a code by its digits', () => {
    expect(searchTol('leipomo').map((t) => t.code)).toContain('10.71');
    expect(searchTol('Leipomo').map((t) => t.code)).toContain('10.7');
    expect(searchTol('bakery').map((t) => t.code)).toContain('10.71');
    expect(searchTol('bageri').map((t) => t.code)).toContain('10.71');
    expect(searchTol('1071')[0]?.code).toBe('10.71');
    expect(searchTol('10.7').map((t) => t.code)).toEqual(['10.7', '10.71', '10.72', '10.73']);
    expect(searchTol('ravitsemis').map((t) => t.code)).toEqual(expect.arrayContaining(['I', '56']));
    expect(searchTol('')).toEqual([]);
    expect(searchTol('zzzz')).toEqual([]);
  });

  it('reads a chosen label back as its code', () => {
    const bakery = tolItem('10.71');
    if (!bakery) throw new Error('10.71 missing');
    expect(codeOfLabel(tolLabel(bakery, 'fi'))).toBe('10.71');
    expect(codeOfLabel(tolLabel(bakery, 'en'))).toBe('10.71');
    expect(codeOfLabel(tolLabel(bakery, 'sv'))).toBe('10.71');
    expect(codeOfLabel('10.71')).toBe('10.71');
    expect(codeOfLabel('10.71 leipomo')).toBeUndefined();
    expect(codeOfLabel('leipomo')).toBeUndefined();
  });
});

describe('a typed sector code', () => {
  it.each([
    ['C', undefined],
    ['10', undefined],
    ['10.71', undefined],
    ['10710', undefined],
    ['62.01', undefined],
    ['leipomo', 'form'],
    ['IT', 'form'],
    ['1', 'form'],
    ['10.7100', 'form'],
    ['04', 'division'],
    ['34.1', 'division'],
    ['00', 'division'],
  ] as const)('%s → %s', (code, problem) => {
    expect(sectorCodeProblem(code)).toBe(problem);
  });
});

describe('a sector problem in a report', () => {
  let set: FactorSet;
  let organization: Organization;
  let years: Inventory[];
  beforeAll(async () => {
    set = await fiSet();
    const file = partnerYearsFile({ years: 2 });
    organization = file.organization;
    years = file.inventories;
  });
  const year = () => (years.at(-1) as Inventory).year;

  it('free text ("leipomo" from an old backup) gives the results, without the sector, and a warning at the field', () => {
    const partner = { organization: { ...organization, sector: 'leipomo' }, inventories: years };
    const ev = evaluateYear(partner, year(), () => set, { mode: 'strict' });
    const clean = evaluateYear({ organization, inventories: years }, year(), () => set, { mode: 'strict' });
    expect(ev.result).not.toBeNull();
    expect(ev.result?.total).toEqual(clean.result?.total);
    expect(ev.report?.organization.sector).toBeUndefined();
    expect(ev.issues).toEqual([
      expect.objectContaining({ severity: 'warning', path: '/organization/sector', code: 'enum' }),
    ]);
    const message = issueMessage(ev.issues[0] as (typeof ev.issues)[0], 'fi');
    expect(message).toContain('leipomo');
    expect(message).toContain('TOL 2008');
  });

  it('a code in form whose division does not exist, and a wrong business ID, are warnings too', () => {
    const partner = {
      organization: { ...organization, sector: '04', businessId: '1234567-2' },
      inventories: years,
    };
    const ev = evaluateYear(partner, year(), () => set, { mode: 'strict' });
    expect(ev.result).not.toBeNull();
    expect(ev.report?.organization.sector).toBeUndefined();
    expect(ev.report?.organization.businessId).toBeUndefined();
    expect(ev.issues.map((i) => [i.severity, i.path]).sort()).toEqual([
      ['warning', '/organization/businessId'],
      ['warning', '/organization/sector'],
    ]);
  });

  it('the report made without the field is a file the city reads', () => {
    const partner = { organization: { ...organization, sector: 'leipomo' }, inventories: years };
    const ev = evaluateYear(partner, year(), () => set, { mode: 'strict' });
    const read = readExchange(
      JSON.parse(
        JSON.stringify({
          format: 'paastolaskuri-exchange',
          version: 1,
          organization: ev.report?.organization,
          inventories: ev.report?.inventories,
        }),
      ),
    );
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a detail the report needs (the name) still stops it', () => {
    const partner = { organization: { ...organization, name: '' }, inventories: years };
    const ev = evaluateYear(partner, year(), () => set, { mode: 'strict' });
    expect(ev.result).toBeNull();
    expect(ev.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', path: '/organization/name' }),
    );
  });
});
