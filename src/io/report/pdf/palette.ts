/**
 * Colours of the PDF's charts: the Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies, each paired with a fill pattern so print in grey and readers who cannot tell colours apart
 * still see which part is which. Text colours keep at least 4.5:1 contrast on white.
 */
export type Rgb = readonly [number, number, number];
export type Hatch = 'solid' | 'diagonal' | 'cross' | 'horizontal';

export interface SeriesStyle {
  fill: Rgb;
  hatch: Hatch;
}

/** Okabe & Ito (2008), "Color Universal Design": blue, orange, bluish green, reddish purple, vermillion, sky blue. */
export const SERIES: readonly SeriesStyle[] = [
  { fill: [0, 114, 178], hatch: 'solid' },
  { fill: [230, 159, 0], hatch: 'diagonal' },
  { fill: [0, 158, 115], hatch: 'cross' },
  { fill: [204, 121, 167], hatch: 'horizontal' },
  { fill: [213, 94, 0], hatch: 'solid' },
  { fill: [86, 180, 233], hatch: 'diagonal' },
];

export function seriesStyle(i: number): SeriesStyle {
  return SERIES[i % SERIES.length] as SeriesStyle;
}

export const TEXT: Rgb = [0, 0, 0];
/** Secondary text (footer, captions): #555 on white is 7.5:1. */
export const MUTED: Rgb = [85, 85, 85];
export const RULE: Rgb = [170, 170, 170];
export const STRIPE: Rgb = [242, 242, 242];
export const ACCENT: Rgb = [11, 83, 148];
