/**
 * The year page folds each category to a header and each entry to a table row (issue 16, defect 5): browser
 * tests that work with entry editors open them first, as a user does.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens a category of the year page (if it is not open yet) and returns its section. */
export async function openCategory(page: Page, category: string): Promise<Locator> {
  const section = page.locator(`section[data-category="${category}"]`);
  const toggle = section.locator('.category-toggle');
  await toggle.waitFor();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await section.locator('.category-body').waitFor();
  return section;
}

/**
 * Opens a category, its groups and every row once the category holds `count` entries, so each entry's
 * editor (fieldset.entry) is on the page; returns the section. For categories of a few entries.
 */
export async function openEntries(page: Page, category: string, count: number): Promise<Locator> {
  const section = await openCategory(page, category);
  await expect.poll(() => section.locator('[data-count]').getAttribute('data-count')).toBe(String(count));
  // One at a time: a toggle clicked leaves the list of closed ones.
  for (const closed of ['tr.group-row', 'tr.entry-row']) {
    const next = section.locator(`${closed} .row-toggle[aria-expanded="false"]`).first();
    while ((await next.count()) > 0) await next.click();
  }
  await expect.poll(() => section.locator('fieldset.entry').count()).toBe(count);
  return section;
}

/**
 * Opens a category and then its first entry (and the group it is in) until the entry's note field shows;
 * returns the section and that field. For pages seeded with one entry in the category.
 */
export async function openFirstEntryNote(
  page: Page,
  category: string,
): Promise<{ section: Locator; note: Locator }> {
  const section = page.locator(`section[data-category="${category}"]`);
  const note = section.locator('textarea[id$="-note"], input[id$="-note"]').first();
  for (let i = 0; i < 3 && !(await note.isVisible()); i++) {
    await section.locator('button[aria-expanded="false"]').first().click();
    await page.waitForTimeout(300);
  }
  await note.waitFor();
  return { section, note };
}
