/**
 * A coordinator's received partner files move to another device with the full backup (issue 13), in
 * Chromium against the production build: files added on one profile, the backup downloaded, restored on a
 * fresh profile whose preview says how many files come and are new, the files listed there afterwards, and
 * gone again when the import is undone.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiBackupReceived';
import { generatePartnerFiles } from '../generators/partnerFiles';
import { type StaticServer, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

async function profile() {
  const context = await browser.newContext({ acceptDownloads: true });
  // The download path: no save picker.
  await context.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

const storedFiles = (page: Page) => page.locator('.received-files tbody tr').count();

describe('received files in the full backup', () => {
  it('restore on a new device, said in the preview, and leave with the undo', async () => {
    const files = await generatePartnerFiles({ seed: 81, partners: 3 });
    const a = await profile();
    await a.page.goto(`${server.url}network/files`);
    await a.page
      .locator('#received-pick-files')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text ?? '') })),
      );
    await expect.poll(() => a.page.locator('.received-done').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => storedFiles(a.page)).toBe(files.length);
    await a.page.goto(`${server.url}backup`);
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: 'Tee varmuuskopio' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    await a.page.getByText('Varmuuskopio valmis.').waitFor();
    expect(JSON.parse(text).counts.received).toBe(files.length);

    const b = await profile();
    await b.page.goto(`${server.url}backup`);
    await b.page.locator('#backup-import-file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await b.page.locator('.backup-preview').waitFor();
    expect(await b.page.locator('.backup-received').textContent()).toBe(
      tr('fi', 'backupReceivedPlan', { n: files.length, fresh: files.length }),
    );
    await b.page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await b.page.locator('.backup-import-done').waitFor();
    expect(await b.page.locator('.backup-import-done').textContent()).toContain(
      tr('fi', 'backupReceivedDone', { n: files.length }),
    );
    await b.page.goto(`${server.url}network/files`);
    await expect.poll(() => storedFiles(b.page)).toBe(files.length);

    await b.page.goto(`${server.url}backup`);
    const notice = b.page.locator('.backup-undo');
    await notice.waitFor();
    b.page.once('dialog', (d) => void d.accept());
    await notice.getByRole('button', { name: 'Peru tuonti' }).click();
    await b.page.locator('.backup-undone').waitFor();
    await b.page.goto(`${server.url}network/files`);
    await b.page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => storedFiles(b.page)).toBe(0);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.context.close();
    await b.context.close();
  }, 180_000);
});
