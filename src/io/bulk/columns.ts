/**
 * Which column holds what, suggested from Finnish and English headers (and, without a header, from the
 * values). Every suggestion can be changed by the user; a column is used for one field at most.
 */
import { classifyNumber, splitQuantity } from './numbers';
import { readPeriod } from './periods';
import type { Table } from './table';
import { unitFromWord } from './unitWords';

export interface Mapping {
  quantity: number | null;
  unit: number | null;
  date: number | null;
  site: number | null;
  activity: number | null;
  source: number | null;
  /** Columns whose text is joined into the entry's note (the vehicle; a flight's from and to). */
  note: number[];
}

export type Field = Exclude<keyof Mapping, 'note'>;

/** Header words per field, lower case; a header matching a word of a field earlier in the list wins. */
const WORDS: [Field | 'note' | 'ignore', RegExp][] = [
  // Prices and sums are not quantities: never suggested as one.
  ['ignore', /(hinta|summa|\balv\b|\bvat\b|price|cost|\bsum\b|\beur\b|€)/],
  [
    'date',
    /(päivämäärä|pvm|päivä|kuukausi|(?:^|[^a-zäö])kk(?:$|[^a-zäö])|ajanjakso|jakso|aika|date|month|period|day)/,
  ],
  [
    'quantity',
    /(määrä|kulutus|lukema|reading|litrat|litraa|energia|kwh|mwh|matka|etäisyys|pituus|km\b|paino|quantity|consumption|usage|volume|litres|liters|energy|distance|amount|weight|mass)/,
  ],
  ['unit', /^(yksikkö|yks\.?|unit|units|uom)$/],
  [
    'site',
    /(toimipaikka|toimipiste|kohde|kiinteistö|käyttöpaikka|mittari|site|location|facility|meter|premises)/,
  ],
  ['activity', /(polttoaine|laji|tuote|luokka|toiminto|matkustusluokka|fuel|product|type|class|activity)/],
  ['source', /(lähde|tosite|lasku|kuitti|source|invoice|receipt|reference|viite)/],
  [
    'note',
    /(ajoneuvo|rekisteri|auto|kortti|mistä|mihin|lähtö|kohdeasema|reitti|selite|huomautus|kuvaus|lisätieto|vehicle|registration|plate|card|\bfrom\b|\bto\b|route|origin|destination|description|note|comment|memo)/,
  ],
];

function fieldOfHeader(h: string): Field | 'note' | 'ignore' | undefined {
  const t = h.toLowerCase();
  for (const [f, re] of WORDS) if (re.test(t)) return f;
  return undefined;
}

export function emptyMapping(): Mapping {
  return { quantity: null, unit: null, date: null, site: null, activity: null, source: null, note: [] };
}

function column(table: Table, i: number): string[] {
  return table.rows.map((r) => r.cells[i] ?? '').filter((v) => v !== '');
}

const share = (values: string[], test: (v: string) => boolean) =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;
const isNumber = (v: string) => classifyNumber(splitQuantity(v).number) !== 'invalid';
const isPeriod = (v: string) => readPeriod(v).kind !== 'invalid';
const isUnitWord = (v: string) => unitFromWord(v) !== undefined;

export function suggestMapping(table: Table): Mapping {
  const m = emptyMapping();
  const taken = new Set<number>();
  const take = (f: Field, i: number) => {
    if (m[f] === null && !taken.has(i)) {
      m[f] = i;
      taken.add(i);
    }
  };
  const header = table.header;
  if (header) {
    header.forEach((h, i) => {
      const f = fieldOfHeader(h);
      if (f === 'ignore' || f === undefined) return;
      if (f === 'note') {
        if (!taken.has(i)) m.note.push(i);
        return;
      }
      // A header that names a field but holds no data of its kind (a "Määrä" column of text) is left for the user.
      const values = column(table, i);
      if (f === 'quantity' && share(values, isNumber) < 0.5) return;
      if (f === 'date' && share(values, isPeriod) < 0.5) return;
      take(f, i);
    });
  }
  // From the values, for what the header did not settle (or when there is none).
  for (let i = 0; i < table.columnCount; i++) {
    if (taken.has(i) || m.note.includes(i)) continue;
    if (header && fieldOfHeader(header[i] ?? '') === 'ignore') continue;
    const values = column(table, i);
    if (values.length === 0) continue;
    if (m.date === null && share(values, isPeriod) >= 0.8) take('date', i);
    else if (m.unit === null && share(values, isUnitWord) >= 0.5) take('unit', i);
    else if (m.quantity === null && share(values, isNumber) >= 0.8) take('quantity', i);
  }
  // A purchase list's sum is its quantity when nothing else is (spend-based activities are counted in euros).
  if (m.quantity === null && header) {
    const sum = header.findIndex(
      (h, i) => !taken.has(i) && fieldOfHeader(h) === 'ignore' && share(column(table, i), isNumber) >= 0.8,
    );
    if (sum >= 0) take('quantity', sum);
  }
  m.note = m.note.filter((i) => !taken.has(i));
  return m;
}
