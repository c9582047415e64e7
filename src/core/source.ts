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

export type Localized = { fi: string; en: string };
