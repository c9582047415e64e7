/**
 * A chart on the results page: a canvas with role="img" and a summary of every figure as its name, drawn by
 * Chart.js once the library has loaded (dynamic import: never part of the first visit) and the chart is near
 * the screen. Its table equivalent is the result table it sits in, made from the same rows.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import type { ChartSpec } from './chartSpecs';

let library: Promise<typeof import('./chartjs')> | undefined;

export function ReportChart({ spec, lang }: { spec: ChartSpec; lang: Lang }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let chart: { destroy(): void } | undefined;
    let live = true;
    const draw = () => {
      if (chart || !live) return;
      library ??= import('./chartjs');
      library.then(
        ({ drawChart }) => {
          if (!live || chart) return;
          chart = drawChart(el, spec, lang);
          el.dataset.drawn = 'true';
        },
        () => {
          // Offline before the chunk was cached: the table equivalent still shows every figure.
          library = undefined;
        },
      );
    };
    // Drawn when it comes near the screen, each chart in a task of its own: a page of many charts opens
    // without one long task. Before printing, every chart is drawn.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen = new IntersectionObserver(
      (items) => {
        if (items.some((i) => i.isIntersecting)) {
          seen.disconnect();
          timer = setTimeout(draw, 0);
        }
      },
      { rootMargin: '300px 0px' },
    );
    seen.observe(el);
    window.addEventListener('beforeprint', draw);
    return () => {
      live = false;
      seen.disconnect();
      if (timer) clearTimeout(timer);
      window.removeEventListener('beforeprint', draw);
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
