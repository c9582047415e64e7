/** Why a received file was refused, in the user's language: the file's problem, or the reader's problems. */
import '../../i18n/uiNetworkFiles';
import { formatNumber } from '../../i18n/format';
import { formatIssue, type Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import type { IngestRefusal } from '../../io/network/ingestFile';

const ZIP_WORDS: Record<Extract<IngestRefusal, { code: 'zip' }>['problem'], UiKey> = {
  'not-zip': 'netRefusedNotZip',
  zip64: 'netRefusedZip64',
  encrypted: 'netRefusedEncrypted',
  method: 'netRefusedMethod',
  'too-large': 'netRefusedTooLarge',
  corrupt: 'netRefusedCorrupt',
};

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
            <li key={`${n}:${i.path}:${i.code}`}>{formatIssue(i, lang)}</li>
          ))}
          {refusal.more > 0 && <li>{tr(lang, 'netRefusedMore', { n: refusal.more })}</li>}
        </ul>
      );
  }
}
