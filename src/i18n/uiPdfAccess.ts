/**
 * Words a screen reader reads from the tagged PDFs and no one sees on the page: each chart's alternative
 * text (what kind of chart, what it shows, and which table gives its figures). Loaded with the PDF code.
 */
import { defineWords } from './defineWords';
import type { Lang } from './issueMessages';

export const PDF_ACCESS_WORDS = defineWords({
  fi: {
    paBars: 'Vaakapylväskaavio: {title}. {n} pylvästä, suurin {label}: {value}. {where}',
    paColumns:
      'Pinottu pylväskaavio: {title}. Vuodet {first}–{last}, kukin pylväs jaettu osiin {series}. {where}',
    paColumnsOne: 'Pinottu pylväskaavio: {title}. Vuosi {first}, pylväs jaettu osiin {series}. {where}',
    paLine: 'Viivakaavio: {title}. Vuonna {first} {firstValue}, vuonna {last} {lastValue}. {where}',
    paPathway:
      'Viivakaavio: {title}. Katkoviiva on tavoitepolku vuodesta {first} vuoteen {last}, yhtenäinen viiva lasketut vuodet. {where}',
    paTableBefore: 'Luvut ovat edellisessä taulukossa.',
    paTableAfter: 'Luvut ovat seuraavassa taulukossa.',
  },
  en: {
    paBars: 'Horizontal bar chart: {title}. {n} bars, the largest {label}: {value}. {where}',
    paColumns:
      'Stacked column chart: {title}. The years {first}–{last}, each column divided into {series}. {where}',
    paColumnsOne:
      'Stacked column chart: {title}. The year {first}, the column divided into {series}. {where}',
    paLine: 'Line chart: {title}. In {first} {firstValue}, in {last} {lastValue}. {where}',
    paPathway:
      'Line chart: {title}. The dashed line is the pathway from {first} to {last}, the solid line the calculated years. {where}',
    paTableBefore: 'The figures are in the table before the chart.',
    paTableAfter: 'The figures are in the table after the chart.',
  },
  sv: {
    paBars: 'Liggande stapeldiagram: {title}. {n} staplar, den största {label}: {value}. {where}',
    paColumns:
      'Staplat stapeldiagram: {title}. Åren {first}–{last}, varje stapel uppdelad i {series}. {where}',
    paColumnsOne: 'Staplat stapeldiagram: {title}. År {first}, stapeln uppdelad i {series}. {where}',
    paLine: 'Linjediagram: {title}. År {first} {firstValue}, år {last} {lastValue}. {where}',
    paPathway:
      'Linjediagram: {title}. Den streckade linjen är utsläppsbanan från {first} till {last}, den heldragna linjen de beräknade åren. {where}',
    paTableBefore: 'Siffrorna finns i tabellen före diagrammet.',
    paTableAfter: 'Siffrorna finns i tabellen efter diagrammet.',
  },
});

export type PdfAccessKey = keyof (typeof PDF_ACCESS_WORDS)['fi'];

/** A word of the PDFs' alternative texts with its {placeholders} filled in; Finnish where a language has none. */
export function pdfAccessWord(
  lang: Lang,
  key: PdfAccessKey,
  params: Record<string, string | number> = {},
): string {
  const words = PDF_ACCESS_WORDS[lang];
  return words[key].replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}
