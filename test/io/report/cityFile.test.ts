import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { readExchange } from '../../../src/io/exchange';
import { cityFile, fileSlug, reportFileName } from '../../../src/io/report/cityFile';
import { fingerprint } from '../../../src/io/report/reportData';
import { partnerYears } from './partnerYears';

const schema = JSON.parse(readFileSync('docs/exchange-format-v1.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const EXPORT = { appVersion: '1.2.3', exportedAt: '2026-03-02T09:30:00.000Z' };

describe('the city file', () => {
  it('is the exchange format with each year’s results and traces, valid against the schema and the reader', async () => {
    const { data, ev } = await partnerYears({ name: '<img src=x onerror=alert(1)>' });
    const city = cityFile(data, ev.file, ev.results, EXPORT);
    const json = JSON.parse(JSON.stringify(city));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const { file, issues } = readExchange(json);
    expect(issues).toEqual([]);
    expect(file?.organization.name).toBe('<img src=x onerror=alert(1)>');
    expect(city.inventories.map((i) => i.year)).toEqual([2022, 2023, 2024]);
    const last = city.inventories.at(-1)?.results;
    expect(last?.total).toEqual(data.result.total);
    expect(last?.sources).toEqual(data.result.sources);
    // Plain data: a structured clone (postMessage, IndexedDB) keeps every entry's figures and trace.
    const cloned = structuredClone(city);
    expect(cloned.inventories.at(-1)?.results?.entries[0]?.trace.factor).toEqual(
      data.result.entries[0]?.trace.factor,
    );
    expect(cloned.inventories.at(-1)?.results?.entries[0]?.location.co2e).toBe(
      data.result.entries[0]?.location.co2e,
    );
    // Traces are written out as plain JSON, not lost behind the lazy per-entry objects.
    expect(json.inventories[2].results.entries[0].trace.factor.source).toBeTypeOf('object');
    expect(last?.entries).toHaveLength(data.inventory.entries.length);
    expect(city.app).toEqual({ name: 'Päästölaskuri', version: '1.2.3' });
  });

  it('holds the years of the report only, so its inputs give the report’s fingerprint', async () => {
    const { data, ev } = await partnerYears({ years: 3 });
    const earlier = { ...data, fingerprint: { ...data.fingerprint, years: [2022, 2023] } };
    const city = cityFile(earlier, ev.file, ev.results, EXPORT);
    expect(city.inventories.map((i) => i.year)).toEqual([2022, 2023]);
    const full = cityFile(data, ev.file, ev.results, EXPORT);
    const read = readExchange(JSON.parse(JSON.stringify(full))).file;
    if (!read) throw new Error('not read');
    expect(await fingerprint(read, data.fingerprint.years)).toBe(data.fingerprint.hex);
  });
});

describe('file names', () => {
  it('say who and which year, with the Finnish word in both languages', () => {
    expect(reportFileName('Esimerkki Metalli ja Kylmä Oy', 2024, 'pdf')).toBe(
      'Esimerkki-Metalli-ja-Kylmä-Oy-2024-ilmastoraportti.pdf',
    );
    expect(reportFileName('Åbo Öljy', 2023, 'json')).toBe('Åbo-Öljy-2023-ilmastoraportti.json');
    expect(reportFileName('Åbo Öljy', 2023, 'csv')).toBe('Åbo-Öljy-2023-ilmastoraportti.csv');
  });

  it('leave out what Windows, macOS or Linux refuse, and control characters', () => {
    expect(fileSlug('A<b>c:d"e/f\\g|h?i*j')).toBe('Abcdefghij');
    expect(fileSlug('tab\there\u0000nul\u200bzw')).toBe('tabherenulzw');
    expect(fileSlug('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(fileSlug('  ..Oy  Ab..  ')).toBe('Oy-Ab');
    expect(fileSlug('../../etc/passwd')).toBe('etcpasswd');
    expect(fileSlug('Kahvila & Leipomo, Joensuu')).toBe('Kahvila-Leipomo-Joensuu');
  });

  it('are never empty and never too long', () => {
    expect(fileSlug('')).toBe('kumppani');
    expect(fileSlug('???')).toBe('kumppani');
    const long = fileSlug('Ä'.repeat(300));
    expect(long).toBe('Ä'.repeat(60));
    expect(reportFileName('x'.repeat(500), 2024, 'pdf').length).toBeLessThanOrEqual(60 + 25);
  });
});
