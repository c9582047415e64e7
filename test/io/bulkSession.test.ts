/**
 * The import dialog's session without a screen: each step from one state to the next, and what a state makes
 * of its text (table, columns, values' meanings, drafts). The drafts are compared with the bulk reader run on
 * its own, so the session adds choices and never changes what a row becomes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CategoryId } from '../../src/core/categories';
import type { FactorSet } from '../../src/core/factorSet';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { buildDrafts, decodeText, MAX_FILE_BYTES, readTable, suggestMapping } from '../../src/io/bulk';
import {
  ACTIVITY_FROM_COLUMN,
  type BulkState,
  chooseActivity,
  chooseActivityFor,
  chooseSiteFor,
  fileChosen,
  fileDecoded,
  fileReadable,
  fileUnreadable,
  mapColumn,
  pasteText,
  setCategory,
  setConvention,
  setDataQuality,
  setDelimiter,
  setHeader,
  setUnit,
  setWide,
  startSession,
  takeOffer,
  toggleNote,
  writeFailed,
  writeStarted,
} from '../../src/io/bulk/session';
import { type BulkContext, PREVIEW_ROWS, sessionView } from '../../src/io/bulk/sessionView';
import { EXAMPLES_SET } from '../helpers';

/**
 * The fuel-card mechanics are tested on release 2025.1, where "Diesel" is one activity. In 2026.1 it is two
 * (as sold in Finland, and 100 % fossil), and the suggestion leaves the choice to the user (test below).
 */
let set: FactorSet;
beforeAll(async () => {
  set = await loadBuiltinSet(EXAMPLES_SET);
});

const SITES = [
  { id: 'site-office', name: 'Toimisto' },
  { id: 'site-hall', name: 'Halli' },
];

function context(over: Partial<BulkContext> = {}): BulkContext {
  return {
    lang: 'fi',
    year: 2024,
    set,
    sites: SITES,
    activitiesOf: (c: CategoryId) => set.activities.filter((a) => a.categories.includes(c)),
    words: { month: 'Kausi', quantity: 'Määrä', pasted: 'Liitetty taulukosta' },
    ...over,
  };
}

const FUEL_CARD = [
  'Päivämäärä;Rekisterinumero;Polttoaine;Litrat;Hinta (€)',
  '03.01.2024;ABC-123;Diesel;45,20;82,71',
  '17.01.2024;ABC-123;Diesel;1 052,5;1 926,08',
  '28.12.2023;XYZ-789;Diesel;38,9;70,40',
  '2.2.2024;XYZ-789;Bensiini 95 E10;61,05;110,50',
].join('\n');

/** Steps applied in order from a fresh session in `category`. */
const session = (category: CategoryId, ...steps: ((s: BulkState) => BulkState)[]) =>
  steps.reduce((s, step) => step(s), startSession(category));

describe('a session from pasted cells to drafts ready to add', () => {
  it('reads, suggests and previews what the bulk reader makes of the same text', () => {
    const st = session('s1.mobile', (s) => pasteText(s, FUEL_CARD));
    const v = sessionView()(st, context());
    expect(v.refusal).toBeNull();
    expect(v.table.delimiter).toBe(';');
    expect(v.mapping).toEqual(suggestMapping(readTable(FUEL_CARD)));
    // An activity column: each value's activity, suggested from the litres of the quantity's header.
    expect(v.choice).toBe(ACTIVITY_FROM_COLUMN);
    expect(v.fromColumn).toBe(true);
    expect(v.activityValues.map((a) => [a.value, a.rows])).toEqual([
      ['Diesel', 3],
      ['Bensiini 95 E10', 1],
    ]);
    expect(v.activityByValue).toEqual({
      Diesel: 'vehicle-fuel.diesel',
      'Bensiini 95 E10': 'vehicle-fuel.petrol',
    });
    expect(v.ready).toBe(true);
    const direct = buildDrafts(readTable(FUEL_CARD), v.mapping, {
      lang: 'fi',
      year: 2024,
      category: 's1.mobile',
      set,
      activity: '',
      activityByValue: v.activityByValue,
      unit: 'auto',
      convention: 'auto',
      siteByValue: {},
      sourceNote: 'Liitetty taulukosta',
    });
    expect(v.result).toEqual(direct);
    expect(v.drafts).toEqual(direct.rows.flatMap((r) => (r.draft ? [r.draft] : [])));
    // The December 2023 row is a problem: shown with its row number, not added.
    expect(v.drafts).toHaveLength(3);
    expect(v.rows.filter((r) => !r.draft).map((r) => r.line)).toEqual([4]);
  });

  it("carries the user's choices into every draft: activity per value, unit, data quality, a file's name", () => {
    const bytes = new TextEncoder().encode(FUEL_CARD);
    const st = session(
      's1.mobile',
      (s) => fileDecoded(s, 'kortti.csv', decodeText(bytes)),
      (s) => chooseActivityFor(s, 'Bensiini 95 E10', 'vehicle-fuel.diesel'),
      (s) => setDataQuality(s, 'invoice'),
    );
    const v = sessionView()(st, context());
    expect(v.drafts.map((d) => d.activity)).toEqual(Array(3).fill('vehicle-fuel.diesel'));
    expect(v.drafts.every((d) => d.dataQuality === 'invoice' && d.sourceNote === 'kortti.csv')).toBe(true);
  });

  it('takes the only activity of a category, and narrows units to the chosen activity', () => {
    const only = context().activitiesOf('s2.electricity');
    expect(only).toHaveLength(1);
    const st = session('s2.electricity', (s) => pasteText(s, 'Kuukausi\tKulutus\n1/2024\t100\n2/2024\t200'));
    const v = sessionView()(st, context());
    expect(v.choice).toBe(only[0]?.id);
    expect(v.unitOptions).toContain('kWh');
    expect(v.unitOptions).not.toContain('l');
    expect(v.drafts.map((d) => [d.period, d.quantity])).toEqual([
      ['2024-01', 100],
      ['2024-02', 200],
    ]);
    // A unit the activity does not take is not passed to the drafts.
    const wrongUnit = sessionView()(setUnit(st, 'l'), context());
    expect(wrongUnit.choices.unit).toBe('auto');
    expect(sessionView()(setUnit(st, 'MWh'), context()).drafts.map((d) => d.unit)).toEqual(['MWh', 'MWh']);
  });

  it('says what is missing instead of drafts: no activity chosen, no quantity column', () => {
    const text = 'Kuukausi\tKulutus\n1/2024\t100';
    const noActivity = sessionView()(
      session('s1.stationary', (s) => pasteText(s, text)),
      context(),
    );
    expect(noActivity.choice).toBe('');
    expect(noActivity.ready).toBe(false);
    expect(noActivity.result).toBeNull();
    expect(noActivity.drafts).toEqual([]);
    const st = session('s2.electricity', (s) => pasteText(s, text));
    const noQuantity = sessionView()(
      mapColumn(st, sessionView()(st, context()).mapping, 'quantity', null),
      context(),
    );
    expect(noQuantity.mapping.quantity).toBeNull();
    expect(noQuantity.ready).toBe(false);
  });

  it('shows the first rows and every problem, and counts the entries not shown', () => {
    const lines = Array.from(
      { length: 15 },
      (_, i) => `${(i % 12) + 1}/2024\t${i === 13 ? 'paljon' : i + 1}`,
    );
    const v = sessionView()(
      session('s2.electricity', (s) => pasteText(s, lines.join('\n'))),
      context(),
    );
    expect(v.result?.ok).toBe(14);
    expect(v.rows).toHaveLength(PREVIEW_ROWS + 1);
    expect(v.rows.at(-1)?.draft).toBeUndefined();
    expect(v.hiddenOk).toBe(14 - PREVIEW_ROWS);
  });
});

describe('each step and what it forgets', () => {
  const base = () => session('s1.mobile', (s) => pasteText(s, FUEL_CARD));

  it('new text forgets what was read from the old one, and keeps how numbers and rows are meant', () => {
    const mapping = sessionView()(base(), context()).mapping;
    const chosen = [
      (s: BulkState) => setHeader(s, false),
      (s: BulkState) => setWide(s, false),
      (s: BulkState) => mapColumn(s, mapping, 'source', 1),
      (s: BulkState) => chooseActivityFor(s, 'Diesel', 'vehicle-fuel.petrol'),
      (s: BulkState) => chooseSiteFor(s, 'Halli', 'site-hall'),
      (s: BulkState) => setConvention(s, 'en'),
      (s: BulkState) => setDataQuality(s, 'measured'),
      (s: BulkState) => setUnit(s, 'l'),
      writeFailed,
    ].reduce((s, step) => step(s), base());
    const next = pasteText(chosen, 'uusi');
    expect(next).toEqual({
      ...startSession('s1.mobile'),
      source: { kind: 'paste', text: 'uusi' },
      convention: 'en',
      dataQuality: 'measured',
      unit: 'l',
    });
  });

  it('another separator or header reading suggests the columns again', () => {
    const st = mapColumn(base(), sessionView()(base(), context()).mapping, 'source', 1);
    expect(setDelimiter(st, ',')).toMatchObject({ delimiter: ',', header: null, mappingOver: {} });
    expect(setHeader(setWide(st, false), true)).toMatchObject({ header: true, wide: null, mappingOver: {} });
    expect(setWide(st, false)).toMatchObject({ wide: false, mappingOver: {} });
  });

  it('another category suggests its activities again; another activity puts the unit back to automatic', () => {
    const st = chooseActivity(
      chooseActivityFor(base(), 'Diesel', 'vehicle-fuel.petrol'),
      'vehicle-fuel.diesel',
    );
    expect(setCategory(st, 's3.06')).toMatchObject({
      category: 's3.06',
      activityChoice: null,
      activityOver: {},
    });
    expect(chooseActivity(setUnit(st, 'l'), ACTIVITY_FROM_COLUMN)).toMatchObject({ unit: 'auto' });
  });

  it('gives a column one meaning: chosen for a field, it leaves the field or note that had it', () => {
    const st = base();
    const mapping = sessionView()(st, context()).mapping;
    expect(mapping).toMatchObject({ quantity: 3, note: [1] });
    const moved = sessionView()(mapColumn(st, mapping, 'source', 3), context()).mapping;
    expect(moved).toMatchObject({ source: 3, quantity: null });
    const fromNote = sessionView()(mapColumn(st, mapping, 'source', 1), context()).mapping;
    expect(fromNote).toMatchObject({ source: 1, note: [] });
    const noted = sessionView()(toggleNote(st, mapping, 3, true), context()).mapping;
    expect(noted).toMatchObject({ quantity: null, note: [1, 3] });
    expect(sessionView()(toggleNote(st, mapping, 1, false), context()).mapping.note).toEqual([]);
  });

  it('does not suggest a site column for a partner without sites; with sites, matches values by name', () => {
    const text = 'Toimipaikka;Kuukausi;Kulutus\nToimisto;1/2024;100\nHalli;1/2024;50\nVarasto;2/2024;20';
    const st = session('s2.electricity', (s) => pasteText(s, text));
    expect(sessionView()(st, context({ sites: [] })).mapping.site).toBeNull();
    const v = sessionView()(st, context());
    expect(v.mapping.site).toBe(0);
    expect(v.siteByValue).toEqual({ Toimisto: 'site-office', Halli: 'site-hall', Varasto: '' });
    const chosen = sessionView()(chooseSiteFor(st, 'Varasto', 'site-hall'), context());
    expect(chosen.drafts.map((d) => d.site)).toEqual(['site-office', 'site-hall', 'site-hall']);
  });

  it('marks writing and a failed write; a failure is forgotten with new text', () => {
    const st = writeStarted(base());
    expect(st.write).toBe('writing');
    expect(writeFailed(st).write).toBe('failed');
    expect(pasteText(writeFailed(st), 'x').write).toBe('idle');
  });
});

describe('files and refusals', () => {
  it('refuses a file over the limit from its size and keeps the text; a later choice forgets the refusal', () => {
    const st = session('s1.mobile', (s) => pasteText(s, FUEL_CARD));
    expect(fileReadable(MAX_FILE_BYTES)).toBe(true);
    expect(fileReadable(MAX_FILE_BYTES + 1)).toBe(false);
    const refused = fileChosen(st, MAX_FILE_BYTES + 1);
    expect(refused.fileProblem).toEqual({
      kind: 'refused',
      refusal: { kind: 'file-too-large', bytes: MAX_FILE_BYTES + 1, max: MAX_FILE_BYTES },
    });
    expect(refused.source).toEqual(st.source);
    expect(fileChosen(refused, 100).fileProblem).toBeNull();
    expect(fileChosen(refused, undefined).fileProblem).toBeNull();
    expect(fileUnreadable(st)).toEqual({ ...st, fileProblem: { kind: 'unreadable' } });
  });

  it('takes a Windows-1252 file whole, and a binary file not at all', () => {
    const bytes = Uint8Array.from([...'Määrä;Yks\n12,5;l\n'].map((c) => c.charCodeAt(0)));
    const st = fileDecoded(startSession('s1.mobile'), 'vanha.csv', decodeText(bytes));
    expect(st.source).toEqual({
      kind: 'file',
      name: 'vanha.csv',
      text: 'Määrä;Yks\n12,5;l\n',
      encoding: 'windows-1252',
    });
    const binary = fileDecoded(st, 'kirja.xlsx', decodeText(Uint8Array.from([0x50, 0x4b, 0, 0])));
    expect(binary.fileProblem).toEqual({ kind: 'binary' });
    expect(binary.source).toEqual(st.source);
  });

  it('offers the mixed reading of a file of two encodings, and takes it only when asked', () => {
    const utf8 = new TextEncoder().encode('Rekisterinumero;Litrat\nÄÖ-1;45,2\n');
    const latin1 = Uint8Array.from([...'KÄÄ-2;38,9\n'].map((c) => c.charCodeAt(0)));
    const bytes = new Uint8Array([...utf8, ...latin1]);
    const st = fileDecoded(startSession('s1.mobile'), 'kortti.csv', decodeText(bytes));
    expect(st.source).toEqual({ kind: 'paste', text: '' });
    expect(st.fileProblem).toMatchObject({ kind: 'mixed', mixed: { lines: [3], linesAre1252: true } });
    const taken = takeOffer(st);
    expect(taken.fileProblem).toBeNull();
    expect(taken.source).toEqual({
      kind: 'file',
      name: 'kortti.csv',
      text: 'Rekisterinumero;Litrat\nÄÖ-1;45,2\nKÄÄ-2;38,9\n',
      encoding: 'utf-8 + windows-1252',
      mixedLines: [3],
    });
    // Nothing offered, nothing taken.
    expect(takeOffer(fileUnreadable(st))).toEqual(fileUnreadable(st));
  });

  it('stops at an open quote before suggesting columns: nothing to add', () => {
    const text = 'Rekisterinumero;Polttoaine;Litrat\nABC-1;Diesel;45,2\nABC-2;"Diesel;38,9\nABC-3;Diesel;61';
    const v = sessionView()(
      session('s1.mobile', (s) => pasteText(s, text)),
      context(),
    );
    expect(v.refusal).toEqual({ kind: 'unclosed-quote', line: 3 });
    expect(v.table.delimiter).toBe(';');
    expect(v.mapping.quantity).toBeNull();
    expect(v.ready).toBe(false);
    expect(v.drafts).toEqual([]);
  });

  it('does not parse text over the limit at all', () => {
    const text = 'a;1\n'.repeat(MAX_FILE_BYTES / 4 + 1);
    const v = sessionView()(
      session('s1.mobile', (s) => pasteText(s, text)),
      context(),
    );
    expect(v.refusal).toMatchObject({ kind: 'file-too-large', bytes: text.length });
    expect(v.read.rows).toEqual([]);
  });

  it('reads months across as one row per month cell unless told not to, and counts entries for the limit', () => {
    const text = 'Kohde\tTammi\tHelmi\tMaalis\nToimisto\t12,5\t11\t9,25';
    const st = session('s2.heat', (s) => pasteText(s, text));
    const wide = sessionView()(st, context());
    expect(wide.monthCols).toEqual([1, 2, 3]);
    expect(wide.isWide).toBe(true);
    expect(wide.table.header).toEqual(['Kohde', 'Kausi', 'Määrä']);
    expect(wide.drafts.map((d) => [d.period, d.quantity])).toEqual([
      ['2024-01', 12.5],
      ['2024-02', 11],
      ['2024-03', 9.25],
    ]);
    const narrow = sessionView()(setWide(st, false), context());
    expect(narrow.isWide).toBe(false);
    expect(narrow.table.rows).toHaveLength(1);
    const many = ['Kohde\tTammi\tHelmi', ...Array.from({ length: 10_001 }, (_, i) => `M${i}\t1\t2`)].join(
      '\n',
    );
    const over = sessionView()(
      session('s2.heat', (s) => pasteText(s, many)),
      context(),
    );
    expect(over.refusal).toMatchObject({ kind: 'too-many-rows', rows: 20_002 });
    expect(over.table).toBe(over.read);
  });
});

describe('what is made again', () => {
  it('parses again only for new text or reading, and makes drafts again only when a choice changed', () => {
    const view = sessionView();
    const st = session('s1.mobile', (s) => pasteText(s, FUEL_CARD));
    const first = view(st, context());
    const same = view({ ...st }, context());
    expect(same.read).toBe(first.read);
    expect(same.result).toBe(first.result);
    const quality = view(setDataQuality(st, 'measured'), context());
    expect(quality.read).toBe(first.read);
    expect(quality.result).not.toBe(first.result);
    expect(quality.drafts.every((d) => d.dataQuality === 'measured')).toBe(true);
    const semicolon = view(setDelimiter(st, ';'), context());
    expect(semicolon.read).not.toBe(first.read);
    expect(semicolon.drafts).toEqual(first.drafts);
    expect(view(pasteText(st, `${FUEL_CARD}\n`), context()).read).not.toBe(first.read);
  });
});
