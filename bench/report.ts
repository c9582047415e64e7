/**
 * One table for every benchmark. A time in milliseconds says as much about the machine as about the code (the
 * same import took 2 s on one host and 11 s on another), so such figures are printed for information, and what
 * is judged is their ratio to a baseline measured in the same run on the same machine: the bare operation
 * the figure builds on (a Dexie bulkPut, a bare page, a JSON round trip of the same rows). Sizes do not
 * depend on the machine and keep absolute budgets. A judged figure that misses its budget by more than the
 * noise margin (50 %) makes `npm run bench` exit non-zero. Benchmarks print figures; they are not tests.
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Absent for a figure printed for information only (an absolute time: it depends on the machine). */
  budget?: number;
  /** 'max': the figure must stay below the budget (time, size, ratio); 'min': above it (throughput). */
  kind: 'max' | 'min';
  /**
   * A figure with no noise (a count of user actions): past its budget at all is a failure, without the margin
   * that machine-dependent ratios get.
   */
  exact?: true;
}

export const NOISE_MARGIN = 0.5;

/** The margin a figure may pass its budget by before the run fails: none for an exact figure. */
export function margin(f: Figure): number {
  return f.exact ? 0 : NOISE_MARGIN;
}

/** How far from its budget a figure is: ≤ 1 meets it; > 1 + NOISE_MARGIN fails the run. */
export function ratio(f: Figure): number | undefined {
  if (f.budget === undefined) return undefined;
  return f.kind === 'max' ? f.value / f.budget : f.budget / f.value;
}

/** An absolute figure, shown beside the judged ratio made from it. */
export function info(name: string, value: number, unit: string): Figure {
  return { name, value, unit, kind: 'max' };
}

/** `figure ÷ baseline`, both measured in the same run: the judged form of a machine-dependent time. */
export function relative(name: string, figure: number, baseline: number, budget: number): Figure {
  if (!(baseline > 0)) throw new Error(`${name}: the baseline measured ${baseline}`);
  return { name, value: figure / baseline, unit: '×', budget, kind: 'max' };
}

export function printTable(figures: Figure[]): boolean {
  const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
  const rows = figures.map((f) => {
    const r = ratio(f);
    const verdict =
      r === undefined ? 'info' : r <= 1 ? 'ok' : r <= 1 + margin(f) ? 'over (within noise margin)' : 'FAIL';
    return [
      f.name,
      `${fmt(f.value)} ${f.unit}`,
      f.budget === undefined ? '–' : `${f.kind === 'max' ? '≤' : '≥'} ${fmt(f.budget)} ${f.unit}`,
      r === undefined ? '' : r.toFixed(2),
      verdict,
    ];
  });
  const head = ['benchmark', 'figure', 'budget', 'ratio', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  return figures.every((f) => (ratio(f) ?? 0) <= 1 + margin(f));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
