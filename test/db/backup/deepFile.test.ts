/** A file nesting its data thousands of levels deep is refused with a message in both languages, not thrown. */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { readImportText } from '../../../src/db/backup/readImport';
import { formatIssue } from '../../../src/i18n/issueMessages';
import { freshDb } from '../helpers';
import { fillSample } from './data';

/** Written as text: JSON.stringify itself would overflow on such a value. */
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('deeply nested files', () => {
  it('a backup with a 5000-deep unknown field, and a 5000-deep array, are refused with a message', async () => {
    const { db } = freshDb();
    await fillSample(db);
    const text = (await exportBackup(db, { appVersion: 'test' })).text;
    const withDeep = text.replace('"id":"org-a"', `"extra":${deep(5000)},"id":"org-a"`);
    expect(withDeep).not.toBe(text);
    for (const text of [withDeep, deep(5000)]) {
      const r = await readImportText(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
      for (const i of r.issues) {
        expect(formatIssue(i, 'fi')).not.toBe(formatIssue(i, 'en'));
        expect(formatIssue(i, 'fi')).not.toContain(i.code);
      }
    }
  });
});
