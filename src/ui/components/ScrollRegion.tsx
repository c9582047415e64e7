/**
 * The box of a wide table: on a narrow screen (320 px, or 200 % zoom) it scrolls sideways inside the page,
 * which WCAG 1.4.10 allows for data tables, and so it takes the focus (the keyboard scrolls it with the arrow
 * keys) and is named by its heading, as a region a screen reader lists.
 */
import type { ComponentChildren } from 'preact';

export function ScrollRegion(p: { labelledBy?: string; label?: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section class="table-scroll" tabIndex={0} aria-labelledby={p.labelledBy} aria-label={p.label}>
      {p.children}
    </section>
  );
}
