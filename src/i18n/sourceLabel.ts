/**
 * How a source is named to people: its short title in their language with publisher and year, and, apart, the
 * exact reference (the document's own title and where in it) for whoever checks the number.
 */
import type { Source } from '../core/source';
import type { Lang } from './issueMessages';

/** "Jäännösjakauma 2024 (Energiavirasto, 2025)"; a source without titles is named by its document. */
export function sourceLabel(src: Source, lang: Lang): string {
  const title = src.titles?.[lang];
  return title
    ? `${title} (${src.publisher}, ${src.year})`
    : `${src.publisher}: ${src.document} (${src.year})`;
}

/** The document as published and the place in it: kept under the title, in the source's own words. */
export function sourceReference(src: Source, ref?: string): string {
  const place = ref ? `, ${ref}` : '';
  return src.titles ? `${src.document}${place}` : (ref ?? '');
}

/** A GWP set's source after the set's name: "IPCC:n kuudes arviointiraportti, GWP-kertoimet, 2021". */
export function gwpSourceName(src: Source, lang: Lang): string {
  const title = src.titles?.[lang];
  return title ? `${title}, ${src.year}` : `${src.publisher}: ${src.document}`;
}
