/**
 * The edges of reading a spreadsheet file before any column is mapped: which encoding a file is in (one for the
 * whole file, and a file of two is reported with its lines instead of being stored as mojibake), a quote left
 * open (reported with its row, and the separator still found), and the limits of one import (bytes before
 * reading, rows after parsing).
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/bulk/decode';
import { MAX_FILE_BYTES, MAX_ROWS, refuseFile, refuseTable, refuseText } from '../../src/io/bulk/limits';
import { DELIMITERS, readTable } from '../../src/io/bulk/table';
import { monthColumns, monthsToRows } from '../../src/io/bulk/wide';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes of text whose characters are all in Latin-1's printable range (ä, ö, å, é …). */
const cp1252 = (s: string) =>
  new Uint8Array(
    [...s].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in Latin-1: ${c}`);
      return code;
    }),
  );
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('the encoding of a file', () => {
  it('reports a UTF-8 file with one Windows-1252 line as mixed, naming the line, instead of mojibake', () => {
    const head = 'Rekisteri;Polttoaine;Litrat\nÄÖ-1;Diesel;45,2\n';
    const old = 'Kärkkäinen;Diesel;12\n';
    const tail = 'ÅÄ-2;Bensiini;30\n';
    const d = decodeText(concat(utf8(head), cp1252(old), utf8(tail)));
    expect(d.encoding).toBe('mixed');
    if (d.encoding !== 'mixed') return;
    expect(d.mixed.lines).toEqual([3]);
    expect(d.mixed.sample).toBe(old.trimEnd());
    expect(d.mixed.linesAre1252).toBe(true);
    // The reading offered to the user is every line in its own encoding: nothing garbled.
    expect(d.text).toBe(head + old + tail);
    expect(d.text).not.toMatch(/Ã/);
  });

  it('says a bad line that also holds UTF-8 cannot be read as Windows-1252 either', () => {
    const line = concat(utf8('ÄÖ-1;'), cp1252('Kärkkäinen\n'));
    const d = decodeText(concat(utf8('Rekisteri;Nimi\n'), line, utf8('ÅÄ-2;Öljy\n'), cp1252('Pää;Ö\n')));
    expect(d.encoding).toBe('mixed');
    if (d.encoding !== 'mixed') return;
    expect(d.mixed.lines).toEqual([2, 4]);
    expect(d.mixed.linesAre1252).toBe(false);
  });

  it('reads a file with no UTF-8 in it as Windows-1252, whole', () => {
    const text =
      'Päivämäärä;Käyttöpaikka;Määrä (m³)\r\n1.1.2024;Pääkonttori;12,5\r\n2.1.2024;Åbo é;1 234,5\r\n';
    const d = decodeText(cp1252(text));
    expect(d).toEqual({ encoding: 'windows-1252', text });
    expect(readTable(d.text).header).toEqual(['Päivämäärä', 'Käyttöpaikka', 'Määrä (m³)']);
  });

  it('reads UTF-8 with a byte-order mark as UTF-8, and a mark before Windows-1252 bytes as mixed', () => {
    const text = 'Päivämäärä;Määrä\n1.1.2024;12,5\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const d = decodeText(concat(bom, utf8(text)));
    expect(d.encoding).toBe('utf-8');
    expect(readTable(d.text).header).toEqual(['Päivämäärä', 'Määrä']);
    // The mark says UTF-8; the bytes after it are not: asked about, not read as Windows-1252.
    const marked = decodeText(concat(bom, cp1252(text)));
    expect(marked.encoding).toBe('mixed');
    if (marked.encoding === 'mixed') {
      expect(marked.mixed.lines).toEqual([1]);
      expect(marked.text).toBe(text);
    }
  });

  it('refuses bytes that are text in no encoding (an .xlsx workbook), and keeps "Á" in a mixed file', () => {
    // The start of a zip archive (an .xlsx workbook): NUL bytes.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xc8, 0x9d]);
    expect(decodeText(zip)).toEqual({ encoding: 'binary', text: '' });
    // UTF-16 without its byte-order mark is no UTF-8 text either.
    expect(decodeText(new Uint8Array([0x61, 0x00, 0x3b, 0x00, 0x31, 0x00]))).toMatchObject({
      encoding: 'binary',
    });
    // A byte Windows-1252 does not define, outside any UTF-8 sequence.
    expect(decodeText(concat(cp1252('Määrä;'), new Uint8Array([0x8d, 0x0a])))).toMatchObject({
      encoding: 'binary',
    });
    // 0x81 is undefined in Windows-1252 but is the second byte of UTF-8 "Á": that line is fine.
    const d = decodeText(concat(utf8('Á;1\n'), cp1252('ä;2\n')));
    expect(d.encoding).toBe('mixed');
    if (d.encoding === 'mixed') expect(d.text).toBe('Á;1\nä;2\n');
  });
});

describe('a quote left open', () => {
  const lines = [
    ['Rekisteri', 'Polttoaine', 'Litrat'],
    ['ABC-123', 'Diesel', '45'],
    ['XYZ-789', '"Diesel', '38'],
    ['ABC-123', 'Diesel', '61'],
    ['XYZ-789', 'Diesel', '12'],
  ];

  it.each(DELIMITERS.map((d) => [JSON.stringify(d), d] as const))(
    'is reported with its row (3) and the separator %s is still found',
    (_name, d) => {
      const table = readTable(lines.map((l) => l.join(d)).join('\n'));
      expect(table.delimiter).toBe(d);
      expect(table.unclosedQuote).toBe(3);
      expect(refuseTable(table)).toEqual({ kind: 'unclosed-quote', line: 3 });
    },
  );

  it('in the header row: the separator comes from the lines, the quote taken as text', () => {
    const text = ['"Rekisteri;Polttoaine;Litrat', 'ABC-123;Diesel;45,2', 'XYZ-789;Diesel;38,9'].join('\n');
    const table = readTable(text);
    expect(table.delimiter).toBe(';');
    expect(refuseTable(table)).toEqual({ kind: 'unclosed-quote', line: 1 });
  });

  it('counts rows as records: a quoted line break before it does not shift the row', () => {
    const text = 'Nimi;Määrä\n"kaksi\nriviä";1\nA;2\n"B;3\nC;4';
    expect(readTable(text).unclosedQuote).toBe(4);
    // A closed quote is no refusal.
    expect(refuseTable(readTable('Nimi;Määrä\n"kaksi\nriviä";1\nA;2'))).toBeNull();
  });
});

describe('the limits of one import', () => {
  const fuelCard = (rows: number) =>
    [
      'Päivämäärä;Rekisterinumero;Polttoaine;Litrat;Hinta (€)',
      ...Array.from(
        { length: rows },
        (_, i) =>
          `${(i % 28) + 1}.${(i % 12) + 1}.2024;ABC-${i % 1000};Diesel;${(i % 900) + 10},25;${i % 2000},71`,
      ),
    ].join('\r\n');

  it('takes as many rows as the limit, and refuses one more after parsing, naming both figures', () => {
    expect(refuseTable(readTable(fuelCard(MAX_ROWS)))).toBeNull();
    expect(refuseTable(readTable(fuelCard(MAX_ROWS + 1)))).toEqual({
      kind: 'too-many-rows',
      rows: MAX_ROWS + 1,
      max: MAX_ROWS,
    });
  });

  it('refuses the 100,000-row file of the report: under the byte limit, over the row limit', () => {
    const bytes = utf8(fuelCard(100_000));
    expect(bytes.length).toBeGreaterThan(3_000_000);
    expect(refuseFile(bytes.length)).toBeNull();
    expect(refuseTable(readTable(new TextDecoder().decode(bytes)))).toMatchObject({
      kind: 'too-many-rows',
      rows: 100_000,
    });
  });

  it('reads a file of 200,000 short rows without overflowing the stack, and refuses it', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => String(i)).join('\n');
    expect(refuseText(text)).toBeNull();
    expect(refuseTable(readTable(text))).toMatchObject({ kind: 'too-many-rows', rows: 200_000 });
  });

  it('counts entries, not lines, when months are across the columns', () => {
    const months = [
      'Tammi',
      'Helmi',
      'Maalis',
      'Huhti',
      'Touko',
      'Kesä',
      'Heinä',
      'Elo',
      'Syys',
      'Loka',
      'Marras',
      'Joulu',
    ];
    const meters = Math.floor(MAX_ROWS / months.length) + 1;
    const text = [
      ['Käyttöpaikka', ...months].join(';'),
      ...Array.from({ length: meters }, (_, i) => [`Mittari ${i}`, ...months.map(() => '12,5')].join(';')),
    ].join('\n');
    const read = readTable(text);
    expect(refuseTable(read)).toBeNull();
    const cols = monthColumns(read);
    // Counted before the month rows are made, and the same as counting them after.
    const refusal = { kind: 'too-many-rows', rows: meters * 12, max: MAX_ROWS };
    expect(refuseTable(read, cols.length)).toEqual(refusal);
    expect(refuseTable(monthsToRows(read, cols, { month: 'Kuukausi', quantity: 'Määrä' }))).toEqual(refusal);
    expect(refuseTable(read, cols.length - 1)).toBeNull();
  });

  it('refuses a file over the byte limit from its size alone, and text over it before parsing', () => {
    expect(refuseFile(MAX_FILE_BYTES)).toBeNull();
    expect(refuseFile(MAX_FILE_BYTES + 1)).toEqual({
      kind: 'file-too-large',
      bytes: MAX_FILE_BYTES + 1,
      max: MAX_FILE_BYTES,
    });
    expect(refuseText('x'.repeat(MAX_FILE_BYTES + 1))).toMatchObject({ kind: 'file-too-large' });
    expect(refuseText('1;2\n3;4')).toBeNull();
  });
});
