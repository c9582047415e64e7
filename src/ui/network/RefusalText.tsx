/** Why a received file was refused, in the user's language: the file's problem, or the reader's problems. */
import '../../i18n/uiNetworkFiles';
import { formatNumber } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import type { IngestRefusal } from '../../io/network/ingestFile';
import { BACKUP_FORMAT } from '../../state/received';

const ZIP_WORDS: Record<Extract<IngestRefusal, { code: 'zip' }>['problem'], UiKey> = {
  'not-zip': 'netRefusedNotZip',
  zip64: 'netRefusedZip64',
  encrypted: 'netRefusedEncrypted',
  method: 'netRefusedMethod',
  'too-large': 'netRefusedTooLarge',
  corrupt: 'netRefusedCorrupt',
};

type Issue = Extract<IngestRefusal, { code: 'issues' }>['issues'][number];

/**
 * A reader's problem in words a coordinator can act on: a partner's backup sent by mistake is named as such,
 * and the place in the file (a JSON pointer) follows the message as a detail, only where it is inside a record.
 */
function IssueText({ issue, lang }: { issue: Issue; lang: Lang }) {
  if (issue.code === 'format' && issue.params?.got === BACKUP_FORMAT)
    return <>{tr(lang, 'netRefusedBackup')}</>;
  const deep = issue.path.split('/').filter(Boolean).length > 1;
  return (
    <>
      {issueMessage(issue, lang)}
      {deep && <span class="muted"> {tr(lang, 'netRefusedAt', { path: issue.path })}</span>}
    </>
  );
}

export function RefusalText({ refusal, lang }: { refusal: IngestRefusal; lang: Lang }) {
  switch (refusal.code) {
    case 'too-large':
      return (
        <span>
          {tr(lang, 'netRefusedTooLarge', { size: formatNumber(refusal.bytes / 1024 / 1024, lang) })}
        </span>
      );
    case 'not-utf8':
      return <span>{tr(lang, 'netRefusedNotUtf8')}</span>;
    case 'not-json':
      return <span>{tr(lang, 'netRefusedNotJson')}</span>;
    case 'zip':
      return <span>{tr(lang, ZIP_WORDS[refusal.problem], { size: '' })}</span>;
    case 'issues':
      return (
        <ul>
          {refusal.issues.map((i, n) => (
            <li key={`${n}:${i.path}:${i.code}`}>
              <IssueText issue={i} lang={lang} />
            </li>
          ))}
          {refusal.more > 0 && <li>{tr(lang, 'netRefusedMore', { n: refusal.more })}</li>}
        </ul>
      );
  }
}
