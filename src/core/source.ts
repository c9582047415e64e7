/** Where a number comes from. Every default value in the app carries one. */
export interface Source {
  publisher: string;
  document: string;
  year: number;
  url: string;
  /** Where the value was actually read when that was a faithful copy of the publisher's file. */
  via?: string;
  note?: string;
  /** A short title in each language, shown to people; the document above stays the exact reference. */
  titles?: Localized;
}

/** How directly a value was taken from its source. */
export type SourceStatus = 'verified' | 'second-hand' | 'derived';

/**
 * A name in each language. Swedish is optional in files: sets and partner files written before Swedish came
 * (issue 15) have none; the built-in sets have it for every name (a test says so).
 */
export type Localized = { fi: string; en: string; sv?: string };

/** A name in the reader's language; Swedish readers in Finland get the Finnish name where no Swedish one exists. */
export function localName(names: Localized, lang: 'fi' | 'en' | 'sv'): string {
  return lang === 'sv' ? (names.sv ?? names.fi) : names[lang];
}
