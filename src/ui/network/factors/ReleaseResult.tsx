/** What making the release file gave: the file and its fingerprint, or why no file was made. */
import '../../../i18n/uiNetworkFactors';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { ReleaseFile } from '../../../state/cityFactors';
import { Fingerprint } from '../../components/Fingerprint';

export function ReleaseResult({ lang, result }: { lang: Lang; result: ReleaseFile }) {
  if (!result.ok)
    return (
      <div class="problem nf-problems" role="alert" tabIndex={-1}>
        <p>
          {result.problems.length > 0
            ? tr(lang, 'nfNotMade', { count: result.problems.length })
            : tr(lang, 'nfNotMadeIssues')}
        </p>
      </div>
    );
  return (
    <div class="nf-made" role="status">
      <p>{tr(lang, 'nfMade', { file: result.fileName })}</p>
      <dl>
        <dt>{tr(lang, 'nfFingerprint')}</dt>
        <dd>
          <Fingerprint hex={result.sha256} id="nf-fingerprint" />
        </dd>
      </dl>
    </div>
  );
}
