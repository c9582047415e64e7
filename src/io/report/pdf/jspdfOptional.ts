/**
 * Stands in for jsPDF's optional HTML and SVG renderers (html2canvas, dompurify, canvg), which jsPDF loads
 * with dynamic imports. The report draws with jsPDF's own primitives and never calls them; vite.config.ts
 * points those imports here so they are neither bundled nor precached by the service worker.
 */
export default function notIncluded(): never {
  throw new Error('jsPDF HTML and SVG rendering is not included in this app');
}
