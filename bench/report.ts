/**
 * One table for every benchmark: figure, budget, ratio. A figure that misses its budget by more than the
 * noise margin (50 %) makes `npm run bench` exit non-zero. Benchmarks print figures; they are not tests.
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number;
  /** 'max': the figure must stay below the budget (time, size); 'min': above it (throughput). */
  kind: 'max' | 'min';
}

export const NOISE_MARGIN = 0.5;

/** How far from its budget a figure is: ≤ 1 meets it; > 1 + NOISE_MARGIN fails the run. */
export function ratio(f: Figure): number {
  return f.kind === 'max' ? f.value / f.budget : f.budget / f.value;
}

export function printTable(figures: Figure[]): boolean {
  const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
  const rows = figures.map((f) => {
    const r = ratio(f);
    const verdict = r <= 1 ? 'ok' : r <= 1 + NOISE_MARGIN ? 'over (within noise margin)' : 'FAIL';
    return [
      f.name,
      `${fmt(f.value)} ${f.unit}`,
      `${f.kind === 'max' ? '≤' : '≥'} ${fmt(f.budget)} ${f.unit}`,
      r.toFixed(2),
      verdict,
    ];
  });
  const head = ['benchmark', 'figure', 'budget', 'ratio', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  return figures.every((f) => ratio(f) <= 1 + NOISE_MARGIN);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
