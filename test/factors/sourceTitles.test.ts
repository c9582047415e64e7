/**
 * Sources are named in the reader's language (a short title with publisher and year); the document as published
 * and the place in it stay beside the title as the source reference.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactorSet } from '../../src/core/factorSet';
import { gwpSource } from '../../src/core/gwp';
import { readFactorSet } from '../../src/factors/readFactorSet';
import { SOURCE_TITLES, withSourceTitles } from '../../src/factors/sourceTitles';
import { gwpSourceName, sourceLabel, sourceReference } from '../../src/i18n/sourceLabel';
import { tr, type UiKey } from '../../src/i18n/ui';
import { renderReportPdf } from '../../src/io/report/pdf/renderReport';
import type { ReportData } from '../../src/io/report/reportData';
import { factorsTable } from '../../src/io/report/tables/qualityAndFactors';
import { partnerYears } from '../io/report/partnerYears';
import { plain } from '../io/report/pdfTools';

const release = (file: string): FactorSet => {
  const set = readFactorSet(JSON.parse(readFileSync(file, 'utf8'))).set;
  if (!set) throw new Error(file);
  return withSourceTitles(set);
};

/** Words of the documents' own languages that a Finnish title would not have. */
const FOREIGN = /Gás|Óleo|Seco|Ferramenta|\b(the|of|and|conversion|factors|greenhouse|emission|web page)\b/i;

describe('source titles', () => {
  it.each(['src/factors/sets/fi-2025.1.json', 'src/factors/sets/fi-2026.1.json'])(
    'every source of %s has a Finnish and an English title',
    (file) => {
      const set = release(file);
      for (const [key, src] of Object.entries(set.sources)) {
        expect(src.titles?.fi, key).toBeTruthy();
        expect(src.titles?.en, key).toBeTruthy();
        expect(src.titles?.fi, key).not.toMatch(FOREIGN);
      }
    },
  );

  it('the map names only sources that exist, and the file’s own titles win', () => {
    const keys = new Set([
      ...Object.keys(release('src/factors/sets/fi-2025.1.json').sources),
      ...Object.keys(release('src/factors/sets/fi-2026.1.json').sources),
    ]);
    for (const key of Object.keys(SOURCE_TITLES)) expect(keys, key).toContain(key);
    const raw = JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8'));
    raw.sources['desnz:desnz2025'].titles = { fi: 'Oma otsikko', en: 'Own title' };
    const own = withSourceTitles(readFactorSet(raw).set as FactorSet);
    expect(own.sources['desnz:desnz2025']?.titles?.fi).toBe('Oma otsikko');
  });

  it('label and reference: title (publisher, year), then the document and where in it', () => {
    const src = release('src/factors/sets/fi-2025.1.json').sources['energy:code_rm_2024'];
    if (!src) throw new Error('no source');
    expect(sourceLabel(src, 'fi')).toBe(
      'Suomen jäännösjakauma 2024 (Energiavirasto (Energy Authority, Finland), 2025)',
    );
    expect(sourceLabel(src, 'en')).toMatch(/^Residual mix of Finland 2024 \(/);
    expect(sourceReference(src, 'row 7')).toBe(`${src.document}, row 7`);
    expect(gwpSourceName(gwpSource('AR6'), 'fi')).toBe(
      'IPCC:n kuudes arviointiraportti, GWP-kertoimet, 2021',
    );
    const { titles: _t, ...untitled } = src;
    expect(sourceLabel(untitled, 'fi')).toBe(`${src.publisher}: ${src.document} (${src.year})`);
  });
});

describe('the factors table in Finnish', () => {
  let data: ReportData;
  beforeAll(async () => {
    ({ data } = await partnerYears({ years: 1 }));
  });
  const t = (key: UiKey, params?: Record<string, string | number>) => tr('fi', key, params);

  it('names every source by its Finnish title; the original document and ref are the source reference', () => {
    const table = factorsTable(data, t, 'fi');
    expect(table.rows.length).toBeGreaterThan(5);
    const fiTitles = new Set(Object.values(SOURCE_TITLES).map((x) => x.fi));
    for (const row of table.rows) {
      const used = data.factorsUsed.find((u) => u.key === row.id);
      const src = used?.factor.source;
      if (!src || !('publisher' in src)) continue;
      const cell = String(row.cells.source);
      // The title, then the publisher's own name and the year in parentheses.
      const title = [...fiTitles].find((x) => cell === `${x} (${src.publisher}, ${src.year})`);
      expect(title, `${row.id}: ${cell}`).toBeDefined();
      expect(title, row.id).not.toMatch(FOREIGN);
      expect(cell, row.id).not.toContain(src.document);
      expect(row.cells.sourceRef, row.id).toContain(src.document);
      if (used?.factor.ref) expect(row.cells.sourceRef, row.id).toContain(used.factor.ref);
    }
    // The Portuguese row name of the Brazilian tool stays in the reference only.
    const gas = table.rows.find((r) => String(r.cells.sourceRef).includes('Gás Natural'));
    if (gas) expect(String(gas.cells.source)).not.toContain('Gás');
  });
});

describe('the factors table in the Finnish PDF', () => {
  it('names the source by its title, with the document as published and the address under it', async () => {
    const { data } = await partnerYears({ years: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'source-titles-'));
    try {
      const pdf = join(dir, 'report.pdf');
      writeFileSync(pdf, renderReportPdf(data, 'fi'));
      // Reading order of the content (-raw): a cell's lines follow one another.
      const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      const flat = plain(text).replace(/\s+/g, ' ');
      expect(flat).toContain(
        'Kasvihuonekaasujen muuntokertoimet 2025 (UK Department for Energy Security and Net Zero (DESNZ), 2025) Greenhouse gas reporting: conversion factors 2025',
      );
      expect(flat).not.toMatch(/\)url|url(Greenhouse|https)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
