/**
 * Draws a chart spec with Chart.js. Only the controllers, elements, scales and plugins used are registered,
 * and this module is imported dynamically by ReportChart, so Chart.js is loaded only where charts are shown.
 * Colours and fill patterns are the PDF's (Okabe–Ito with hatching), so screen and report match and colour
 * is never the only carrier; lines also differ by point shape. No animation: nothing moves on screen.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type PointStyle,
} from 'chart.js';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { type Rgb, type SeriesStyle, seriesStyle } from '../../io/report/pdf/palette';
import type { ChartSpec } from './chartSpecs';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
);

const POINTS: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'];
const TEXT = '#1a1a1a';
const GRID = '#d0d0d0';

const rgb = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;

/** The series' colour with its hatching, as a canvas pattern (a plain colour where the style is solid). */
function fill(style: SeriesStyle): string | CanvasPattern {
  if (style.hatch === 'solid') return rgb(style.fill);
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return rgb(style.fill);
  ctx.fillStyle = rgb(style.fill);
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (style.hatch === 'diagonal' || style.hatch === 'cross') {
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
  }
  if (style.hatch === 'cross') {
    ctx.moveTo(0, 0);
    ctx.lineTo(size, size);
  }
  if (style.hatch === 'horizontal') {
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? rgb(style.fill);
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, lang: Lang): { destroy(): void } {
  const value = spec.horizontal ? 'x' : 'y';
  const category = spec.horizontal ? 'y' : 'x';
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: spec.kind,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => {
        const style = seriesStyle(s.style);
        return {
          label: s.label,
          data: s.values,
          backgroundColor: spec.kind === 'line' ? rgb(style.fill) : fill(style),
          borderColor: spec.kind === 'line' ? rgb(style.fill) : TEXT,
          borderWidth: spec.kind === 'line' ? 2 : 1,
          pointStyle: POINTS[s.style % POINTS.length] as PointStyle,
          pointRadius: s.points === false ? 0 : 5,
          // A line without points (a target's pathway) is dashed, so it differs from the others by more than colour.
          ...(s.points === false ? { borderDash: [6, 4] } : {}),
          ...(s.line === false ? { showLine: false, pointRadius: 7 } : {}),
          maxBarThickness: 90,
        };
      }),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: category,
      // Nothing to hover: the figures are in the table beside the chart.
      events: [],
      color: TEXT,
      plugins: {
        legend: {
          display: spec.series.length > 1,
          labels: { color: TEXT, usePointStyle: spec.kind === 'line' },
        },
      },
      scales: {
        [category]: {
          stacked: spec.stacked === true,
          offset: true,
          ticks: { color: TEXT },
          grid: { display: false },
        },
        [value]: {
          stacked: spec.stacked === true,
          beginAtZero: true,
          ticks: { color: TEXT, callback: (v: string | number) => formatNumber(Number(v), lang, 2) },
          grid: { color: GRID },
          title: { display: true, text: spec.axis, color: TEXT },
        },
      },
    },
  };
  return new Chart(canvas, config as ChartConfiguration);
}
