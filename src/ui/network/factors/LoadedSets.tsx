/**
 * Settings: the factor sets loaded from files (the city's releases), each with its publisher, date and
 * fingerprint, so a partner can compare the fingerprint with the one the city announced.
 */
import '../../../i18n/uiNetworkFactors';
import './factorEditor.css';
import type { Lang } from '../../../i18n/issueMessages';
import { formatDay } from '../../../i18n/parseDate';
import { tr } from '../../../i18n/ui';
import { loadedFactorSets } from '../../../state/factorSets';
import { useLive } from '../../../state/useLive';
import { Fingerprint } from '../../components/Fingerprint';

export function LoadedSets({ lang }: { lang: Lang }) {
  const sets = useLive(loadedFactorSets, []);
  if (!sets) return null;
  return (
    <div class="nf-loaded">
      <h3>{tr(lang, 'nfLoadedSets')}</h3>
      {sets.length === 0 ? (
        <p class="muted">{tr(lang, 'nfLoadedNone')}</p>
      ) : (
        <>
          <p class="muted">{tr(lang, 'nfFingerprintCheck')}</p>
          <ul class="plain">
            {sets.map((s) => (
              <li key={s.key} data-set={s.key}>
                <p>
                  <strong>{s.key}</strong> ·{' '}
                  {tr(lang, 'nfLoadedBy', { publisher: s.publisher, date: formatDay(s.published, lang) })}
                </p>
                <p>
                  {tr(lang, 'nfFingerprint')}: <Fingerprint hex={s.sha256} />
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
