/**
 * The coordinator's received files in Chromium (issue 13), against the production build: a folder of partner
 * files chosen with the folder dialog — good files, a later export of one partner, the same file saved twice,
 * one of each kind of bad file (another format, a newer version, cut short, not JSON, invalid, over 50 MB)
 * and the reports' PDFs beside them — is read by the workers; the page lists what was added, received before
 * and refused with its reasons, the stored files and the year a newer export replaced; the files stay over a
 * reload; a file removed comes back with undo; the same folder again adds nothing.
 */
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { issueMessage } from '../../src/i18n/issueMessages';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiNetworkFiles';
import '../../src/i18n/uiNetworkNav';
import '../../src/i18n/uiNetworkPartners';
import { type GeneratedFile, generatePartnerFiles } from '../generators/partnerFiles';
import { type StaticServer, tempDir, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeFolder(): Promise<{ folder: string; files: GeneratedFile[] }> {
  const files = await generatePartnerFiles({ seed: 61, partners: 5, reexports: 1, copies: 1, bad: 6 });
  const folder = join(dir, 'kumppanit');
  mkdirSync(join(folder, 'maaliskuu'), { recursive: true });
  files.forEach((f, i) => {
    // Some in a subfolder, as the coordinator saves a month's mail.
    const path = join(folder, i % 3 === 0 ? 'maaliskuu' : '', f.name);
    if (f.text === undefined) {
      writeFileSync(path, '');
      truncateSync(path, f.size);
    } else writeFileSync(path, f.text);
  });
  writeFileSync(join(folder, 'Joen-Leipomo-2025-ilmastoraportti.pdf'), '%PDF-1.7\n');
  return { folder, files };
}

async function addFolder(page: Page, folder: string): Promise<void> {
  await page.locator('#received-pick-folder').setInputFiles(folder);
  await expect.poll(() => page.locator('.received-done').count(), { timeout: 60_000 }).toBe(1);
}

describe('received files page', () => {
  it('reads a folder of good, bad and duplicate files and lists each with its outcome', async () => {
    const { folder, files } = await writeFolder();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}network/files`);
    await page.getByRole('heading', { name: tr('fi', 'netFilesTitle') }).waitFor();
    await addFolder(page, folder);
    const good = files.filter((f) => f.expect.kind === 'good');
    const refused = files.filter((f) => f.expect.kind === 'refused');
    await expect
      .poll(() => page.locator('.received-done').textContent())
      .toBe(tr('fi', 'netFilesDone', { added: good.length, same: 1, refused: refused.length }));
    // Each refused file is named with its reason.
    const items = await page.locator('.received-refused > li').allTextContents();
    expect(items).toHaveLength(refused.length);
    // Named by their path in the folder chosen.
    const reasonOf = (name: string) => items.find((t) => t.includes(`/${name}:`)) ?? '';
    for (const f of refused) {
      if (f.expect.kind !== 'refused') continue;
      const text = reasonOf(f.name);
      expect(text, f.name).not.toBe('');
      const reason = f.expect.reason;
      if (reason === 'too-large') expect(text).toContain(tr('fi', 'netRefusedTooLarge', { size: '50' }));
      if (reason === 'truncated' || reason === 'not-json')
        expect(text).toContain(tr('fi', 'netRefusedNotJson'));
      // In words: no JSON pointer for a field at the file's root, a backup named as one.
      if (reason === 'newer-version') {
        expect(text).not.toContain('/version');
        expect(text).toContain(
          issueMessage(
            {
              severity: 'error',
              path: '/version',
              code: 'newer-version',
              params: { version: 2, supported: 1 },
            },
            'fi',
          ),
        );
      }
      if (reason === 'other-format') expect(text).toContain(tr('fi', 'netRefusedBackup'));
      if (reason === 'invalid') expect(text).toContain('/inventories/0/entries/0/quantity');
    }
    await expect.poll(() => page.locator('.received-files tbody tr').count()).toBe(good.length);
    // The report's PDF beside the files was passed over, and said so.
    expect(await page.locator('.received-progress').textContent()).toContain(
      tr('fi', 'netFilesSkipped', { n: 1 }),
    );
    // The later export replaces the partner's years of the first one.
    const reexport = good.find((f) => f.name.includes('-korjattu-'));
    if (reexport?.expect.kind !== 'good') throw new Error('no re-export');
    await expect
      .poll(() => page.locator('#received-superseded-h').textContent())
      .toBe(tr('fi', 'netFilesSupersededTitle', { n: reexport.expect.years.length }));
    // Kept over a reload.
    await page.reload();
    await expect.poll(() => page.locator('.received-files tbody tr').count()).toBe(good.length);
    // Remove one, and undo.
    const row = page.locator('.received-files tbody tr').first();
    const name = (await row.locator('td').nth(3).textContent()) ?? '';
    await row.getByRole('button', { name: tr('fi', 'netFilesRemoveLabel', { name }) }).click();
    await expect.poll(() => page.locator('.received-files tbody tr').count()).toBe(good.length - 1);
    await page.getByRole('button', { name: tr('fi', 'netFilesUndo') }).click();
    await expect.poll(() => page.locator('.received-files tbody tr').count()).toBe(good.length);
    // The same folder again adds nothing: every good file was received before.
    await addFolder(page, folder);
    await expect
      .poll(() => page.locator('.received-done').textContent())
      .toBe(tr('fi', 'netFilesDone', { added: 0, same: good.length + 1, refused: refused.length }));
    await expect.poll(() => page.locator('.received-files tbody tr').count()).toBe(good.length);
    // The way back to the figures: after adding files, and at the top of the page.
    expect(await page.getByRole('link', { name: tr('fi', 'netFilesSeeFigures') }).count()).toBe(0);
    await page
      .getByRole('navigation', { name: tr('fi', 'netNavLabel') })
      .getByRole('link', { name: tr('fi', 'netNavOverview') })
      .click();
    await page.waitForURL(/\/network$/);
    await page.goto(`${server.url}network/files`);
    const more = await generatePartnerFiles({ seed: 62, partners: 1 });
    await page
      .locator('#received-pick-files')
      .setInputFiles(
        more.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text ?? '') })),
      );
    const seeFigures = page.getByRole('link', { name: tr('fi', 'netFilesSeeFigures') });
    await seeFigures.waitFor();
    await seeFigures.click();
    await page.waitForURL(/\/network$/);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
