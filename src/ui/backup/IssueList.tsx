/** Problems found in a file, in the user's language with where they are; the first ones only, and how many more. */
import '../../i18n/uiBackup';
import type { Issue } from '../../core/issues';
import { formatIssue, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';

const SHOWN = 20;

export function IssueList({ issues, lang }: { issues: readonly Issue[]; lang: Lang }) {
  if (issues.length === 0) return null;
  return (
    <>
      <ul class="backup-issues">
        {issues.slice(0, SHOWN).map((i, n) => (
          // Two issues may share a path and code (e.g. two unknown keys): the index keeps keys unique.
          <li key={`${n}:${i.path}:${i.code}`}>{formatIssue(i, lang)}</li>
        ))}
      </ul>
      {issues.length > SHOWN && <p>{tr(lang, 'backupMoreIssues', { n: issues.length - SHOWN })}</p>}
    </>
  );
}
