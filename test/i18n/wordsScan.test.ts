/**
 * Every word a person reads, scanned for three defects found by a new user (issue 11): a qualifier written
 * twice ("Lentomatkat (euroina) (euroina)"), numbers in exponent notation ("1.03571e-5") and unit ids left
 * untranslated in Finnish ("room-night", "pcs"). Scanned: the UI catalogues, the issue and command-line
 * messages, the built-in set's activity names, and the report of every example file (its tables, the
 * written-out formula of every entry, and the PDF read back with poppler) in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaOf } from '../../src/core/formula';
import type { IssueCode } from '../../src/core/issues';
import { UNITS, type UnitId } from '../../src/core/units';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { CLI_KEYS, cliMessage } from '../../src/i18n/cliMessages';
import { formulaOptions } from '../../src/i18n/formula';
import { ISSUE_MESSAGES, type Lang } from '../../src/i18n/issueMessages';
import { TARGET_WORDS } from '../../src/i18n/targetPresetWords';
import { BASE_UI } from '../../src/i18n/ui';
import { ACTIONS_UI } from '../../src/i18n/uiActions';
import { BACKUP_UI } from '../../src/i18n/uiBackup';
import { BACKUP_RECEIVED_UI } from '../../src/i18n/uiBackupReceived';
import { BULK_UI } from '../../src/i18n/uiBulk';
import { COMMITMENT_REPORT_UI } from '../../src/i18n/uiCommitmentReport';
import { COMPLETE_UI } from '../../src/i18n/uiComplete';
import { FACTORS_UI } from '../../src/i18n/uiFactors';
import { INTERVIEW_UI } from '../../src/i18n/uiInterview';
import { NETWORK_DASH_UI } from '../../src/i18n/uiNetworkDash';
import { NETWORK_FACTORS_UI } from '../../src/i18n/uiNetworkFactors';
import { NETWORK_FILES_UI } from '../../src/i18n/uiNetworkFiles';
import { NETWORK_NAV_UI } from '../../src/i18n/uiNetworkNav';
import { NETWORK_PARTNERS_UI } from '../../src/i18n/uiNetworkPartners';
import { NETWORK_PUBLICATION_UI } from '../../src/i18n/uiNetworkPublication';
import { REPORT_UI } from '../../src/i18n/uiReport';
import { SEARCH_UI } from '../../src/i18n/uiSearch';
import { unitName } from '../../src/i18n/unitNames';
import { evaluateExchange } from '../../src/io/evaluate';
import { renderReportPdf } from '../../src/io/report/pdf/renderReport';
import { buildReportData } from '../../src/io/report/reportData';
import { reportTables } from '../../src/io/report/tables/reportTables';
import { EXAMPLES_SET } from '../helpers';
import { pdfPages } from '../io/report/pdfTools';

const LANGS: Lang[] = ['fi', 'sv', 'en'];

/** "(x) (x)": the same parenthesised words twice in a row. */
const DOUBLED = /(\([^()]+\)) ?\1/u;
/**
 * A number, an e and an exponent (how JavaScript writes 0.0000103571 when nobody formatted it), standing as a
 * word of its own: a fingerprint's hexadecimal digits ("899e684" inside "30bb4d33899e6840237f") are not one.
 */
const EXPONENT = /(?<![\p{L}\d])\d+(?:[.,]\d+)?[eE][+-]?\d+(?![\p{L}\d])/u;
/** The unit ids whose Finnish name is another word ("room-night" is "yö"), as whole words. */
const FOREIGN_IDS = (Object.keys(UNITS) as UnitId[]).filter((u) => unitName(u, 'fi') !== u);
const foreignId = (text: string) =>
  FOREIGN_IDS.find((u) => new RegExp(`(^|[^\\p{L}\\d-])${u}($|[^\\p{L}\\d-])`, 'u').test(text));

function defects(text: string, lang: Lang): string[] {
  const found: string[] = [];
  const doubled = DOUBLED.exec(text);
  if (doubled) found.push(`doubled ${doubled[0]}`);
  const exp = EXPONENT.exec(text);
  if (exp) found.push(`exponent …${text.slice(Math.max(0, exp.index - 10), exp.index + 10)}…`);
  const id = lang === 'fi' ? foreignId(text) : undefined;
  if (id) found.push(`unit id ${id}`);
  return found;
}

/** Every defect of every text, with where it was: an empty list is a pass and a failure names the texts. */
function scan(texts: Iterable<[where: string, text: string]>, lang: Lang): string[] {
  const out: string[] = [];
  for (const [where, text] of texts) for (const d of defects(text, lang)) out.push(`${where}: ${d}`);
  return out;
}

/** Parameters for messages: plain words, so a defect found is the message's own. */
const PARAMS = new Proxy({} as Record<string, string>, { get: (_t, key) => `«${String(key)}»` });

describe('the scan itself', () => {
  it('finds each defect it looks for and passes clean text', () => {
    expect(defects('Lentomatkat (euroina) (euroina)', 'fi')).toHaveLength(1);
    expect(defects('kerroin 1.03571e-5 kg', 'en')).toHaveLength(1);
    expect(defects('3 room-night', 'fi')).toEqual(['unit id room-night']);
    expect(defects('12 pcs', 'fi')).toEqual(['unit id pcs']);
    expect(defects('12 pcs', 'en')).toEqual([]);
    expect(defects('Lentomatkat (euroina), 2 (huom) 0,000010 kg/kpl, e-lasku', 'fi')).toEqual([]);
    // PDF columns side by side, and a fingerprint's hexadecimal digits, are not defects.
    expect(defects('(t CO2e)     (t CO2e) 30bb4d33899e6840237f', 'en')).toEqual([]);
  });
});

describe.each(LANGS)('words in %s', (lang) => {
  it('the UI catalogues have no doubled qualifier, exponent or untranslated unit id', () => {
    const texts: [string, string][] = [];
    for (const [name, cat] of Object.entries({
      BASE_UI,
      BACKUP_UI,
      BULK_UI,
      INTERVIEW_UI,
      FACTORS_UI,
      NETWORK_FACTORS_UI,
      REPORT_UI,
      SEARCH_UI,
      COMPLETE_UI,
      NETWORK_PARTNERS_UI,
      NETWORK_DASH_UI,
      TARGET_WORDS,
      ACTIONS_UI,
      NETWORK_FILES_UI,
      NETWORK_PUBLICATION_UI,
      COMMITMENT_REPORT_UI,
      NETWORK_NAV_UI,
      BACKUP_RECEIVED_UI,
    }))
      for (const [key, text] of Object.entries(cat[lang])) texts.push([`${name}.${key}`, text]);
    expect(texts.length).toBeGreaterThan(300);
    expect(scan(texts, lang)).toEqual([]);
  });

  it('the issue and command-line messages have none either', () => {
    const texts: [string, string][] = [];
    for (const code of Object.keys(ISSUE_MESSAGES) as IssueCode[])
      texts.push([code, ISSUE_MESSAGES[code][lang](PARAMS)]);
    for (const key of CLI_KEYS) texts.push([`cli.${key}`, cliMessage(lang, key, PARAMS as never)]);
    expect(scan(texts, lang)).toEqual([]);
  });

  it('the built-in activities are named with their qualifier once', async () => {
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    expect(
      scan(
        set.activities.map((a) => [a.id, a.names[lang]] as [string, string]),
        lang,
      ),
    ).toEqual([]);
    const air = set.activities.find((a) => a.id === 'spend.travel.air');
    expect(air?.names).toEqual({
      fi: 'Lentomatkat (euroina)',
      en: 'Air travel (by spend)',
      sv: 'Flygresor (i euro)',
    });
  });
});

const EXAMPLES = readdirSync('docs/examples').filter((f) => f.endsWith('.json'));

describe.each(EXAMPLES)('the report of docs/examples/%s', (name) => {
  it.each(LANGS)(
    'in %s: tables, formulas and PDF are clean',
    async (lang) => {
      const set = await loadBuiltinSet(EXAMPLES_SET);
      const ev = await evaluateExchange(
        JSON.parse(readFileSync(`docs/examples/${name}`, 'utf8')),
        async () => set,
      );
      if (!ev.ok) throw new Error(`${name} did not evaluate: ${JSON.stringify(ev.issues.slice(0, 3))}`);
      const texts: [string, string][] = [];
      for (const inv of ev.file.inventories) {
        const data = await buildReportData(ev, inv.year, [set], {
          appVersion: '0.1.0',
          createdAt: '2026-03-02T09:30:00Z',
        });
        for (const t of reportTables(data, lang)) {
          texts.push([`${inv.year} ${t.id} title`, t.title]);
          for (const [i, n] of t.notes.entries()) texts.push([`${inv.year} ${t.id} note ${i}`, n]);
          for (const c of t.columns) texts.push([`${inv.year} ${t.id} column ${c.id}`, c.title]);
          for (const row of t.rows)
            for (const [col, cell] of Object.entries(row.cells))
              if (typeof cell === 'string') texts.push([`${inv.year} ${t.id} ${row.id} ${col}`, cell]);
        }
        for (const e of data.result.entries)
          texts.push([`${inv.year} formula ${e.entryId}`, formulaOf(e, formulaOptions(lang))]);
        const pages = pdfPages(renderReportPdf(data, lang));
        for (const [i, page] of pages.entries()) texts.push([`${inv.year} PDF page ${i + 1}`, page]);
      }
      expect(texts.length).toBeGreaterThan(50);
      expect(scan(texts, lang)).toEqual([]);
    },
    60_000,
  );
});
