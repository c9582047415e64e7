/**
 * Moving through the app with the keyboard only, for the keyboard browser test: Tab or Shift+Tab until the
 * focus is on the element wanted (so an unreachable control fails), noting every element the focus passed
 * that shows no focus indicator, and choosing an option of a focused <select> with the arrow keys.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  name: string;
  href: string;
  /** The class list, and the category (data-category) the element is in on the year page. */
  cls: string;
  category: string;
  /** Whether the element draws a visible focus indicator (an outline or a box shadow) now. */
  visible: boolean;
  /** Where it is, to tell a stuck focus from a moving one. */
  path: string;
}

/** The focused element as the keyboard user meets it. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'body', id: '', name: '', href: '', cls: '', category: '', visible: true, path: 'body' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none';
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
      path.push(
        `${n.tagName}${n.id ? `#${n.id}` : ''}:${Array.from(n.parentElement?.children ?? []).indexOf(n)}`,
      );
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href') ?? '',
      cls: el.className,
      category: el.closest('[data-category]')?.getAttribute('data-category') ?? '',
      visible: outline || shadow,
      path: path.join('<'),
    };
  });
}

export class Keyboard {
  /** Elements the focus reached without a visible indicator (described). */
  readonly unseen = new Set<string>();
  constructor(private readonly page: Page) {}

  /**
   * Presses Tab (or Shift+Tab) until the focused element satisfies `want`; fails after `max` presses or when
   * the focus stays put (a trap).
   */
  async tabTo(want: (f: Focused) => boolean, what: string, opts: { back?: boolean; max?: number } = {}) {
    const max = opts.max ?? 250;
    let still = 0;
    let last = '';
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
      const f = await focused(this.page);
      if (f.tag !== 'body' && !f.visible) this.unseen.add(`${f.tag}#${f.id} "${f.name.slice(0, 40)}"`);
      if (want(f)) return f;
      still = f.path === last ? still + 1 : 0;
      if (still >= 3)
        throw new Error(`The focus is stuck on ${f.tag}#${f.id} "${f.name}" looking for ${what}`);
      last = f.path;
    }
    throw new Error(`${what} was not reached in ${max} presses of Tab`);
  }

  /** Chooses `value` in the focused <select> with the arrow keys, one press at a time (the list may change). */
  async choose(value: string) {
    for (let i = 0; i < 600; i++) {
      const { now, from, to } = await this.page.evaluate((v) => {
        const s = document.activeElement as HTMLSelectElement;
        const options = Array.from(s.options ?? []);
        return { now: s.value, from: s.selectedIndex, to: options.findIndex((o) => o.value === v) };
      }, value);
      if (now === value) return;
      if (now === undefined) throw new Error(`the focus left the list choosing ${value}`);
      if (to < 0) throw new Error(`no option ${value}`);
      await this.page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
    }
    throw new Error(`${value} was not reached with the arrow keys`);
  }
}

/** Tests for `tabTo`: by id, by the start of its name, by a link's address ending. */
export const byId = (id: string) => (f: Focused) => f.id === id;
export const byName = (name: string) => (f: Focused) => f.name === name || f.name.startsWith(name);
export const linkTo = (end: RegExp) => (f: Focused) => f.tag === 'a' && end.test(f.href);
