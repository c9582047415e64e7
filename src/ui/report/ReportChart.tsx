/**
 * A chart on the results page: a canvas with role="img" and a summary of every figure as its name, drawn by
 * Chart.js once the library has loaded (dynamic import: never part of the first visit). Its table equivalent
 * is the result table it sits in, made from the same rows.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import type { ChartSpec } from './chartSpecs';

let library: Promise<typeof import('./chartjs')> | undefined;

export function ReportChart({ spec, lang }: { spec: ChartSpec; lang: Lang }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    library ??= import('./chartjs');
    library.then(
      ({ drawChart }) => {
        if (live && canvas.current) {
          chart = drawChart(canvas.current, spec, lang);
          canvas.current.dataset.drawn = 'true';
        }
      },
      () => {
        // Offline before the chunk was cached: the table equivalent still shows every figure.
        library = undefined;
      },
    );
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [spec, lang]);
  const rows = spec.horizontal ? spec.labels.length : 0;
  return (
    <figure class="chart" data-chart={spec.id}>
      <figcaption>{spec.title}</figcaption>
      <div class="chart-box" style={rows > 0 ? { height: `${Math.max(12, rows * 2.2 + 4)}rem` } : undefined}>
        <canvas ref={canvas} role="img" aria-label={spec.summary} />
      </div>
    </figure>
  );
}
