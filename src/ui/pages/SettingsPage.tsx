/** Language, the defaults for new years, factor sets (including ones loaded from files), and storage status. */
import { useEffect, useState } from 'preact/hooks';
import type { Issue } from '../../core/issues';
import { formatNumber } from '../../i18n/format';
import { formatIssue, isLanguage, LANGUAGES, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { LANGUAGE_NAMES } from '../../i18n/uiLanguage';
import '../../i18n/uiNetworkFactors';
import { requestPersistence, type StorageStatus, storageStatus } from '../../pwa/storagePersistence';
import { addFactorSet, listFactorSetNames } from '../../state/factorSets';
import { chooseLang } from '../../state/lang';
import { attempt, track } from '../../state/saveStatus';
import { DEFAULT_SETTINGS, readSettings, type Settings, saveSetting } from '../../state/settings';
import { useLive } from '../../state/useLive';
import { Link } from '../components/Link';
import { LoadedSets } from '../network/factors/LoadedSets';

/** Files larger than this are refused before they are read. */
const MAX_FACTOR_FILE = 20 * 1024 * 1024;

function bytes(n: number | undefined, lang: Lang): string {
  if (n === undefined) return '–';
  return `${formatNumber(n / (1024 * 1024), lang, 1)} MB`;
}

export function SettingsPage({ lang }: { lang: Lang }) {
  const settings = useLive(readSettings, []) ?? DEFAULT_SETTINGS;
  const keys = useLive(listFactorSetNames, []) ?? [];
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string; issues?: Issue[] } | null>(null);
  useEffect(() => {
    storageStatus().then(setStatus, () => setStatus(null));
  }, []);
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) =>
    void track(saveSetting(k, v)).catch(() => undefined);

  const load = async (file: File) => {
    if (file.size > MAX_FACTOR_FILE) {
      setMessage({
        ok: false,
        text: tr(lang, 'factorSetRefused'),
        issues: [
          {
            severity: 'error',
            path: '',
            code: 'too-long',
            params: { length: file.size, max: MAX_FACTOR_FILE },
          },
        ],
      });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setMessage({
        ok: false,
        text: tr(lang, 'factorSetRefused'),
        issues: [
          { severity: 'error', path: '', code: 'format', params: { expected: 'JSON', got: file.name } },
        ],
      });
      return;
    }
    const r = await attempt(addFactorSet(json));
    if (!r) return;
    setMessage(
      r.ok
        ? { ok: true, text: tr(lang, 'factorSetLoaded', { key: r.key }) }
        : { ok: false, text: tr(lang, 'factorSetRefused'), issues: r.issues },
    );
  };

  return (
    <>
      <h1>{tr(lang, 'settingsTitle')}</h1>
      <section class="card">
        <div class="grid">
          <div class="field">
            <label for="set-lang">{tr(lang, 'language')}</label>
            <select
              id="set-lang"
              value={lang}
              onChange={(e) => {
                const chosen = (e.currentTarget as HTMLSelectElement).value;
                const v = isLanguage(chosen) ? chosen : 'fi';
                chooseLang(v);
                set('lang', v);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="set-gwp">{tr(lang, 'defaultGwp')}</label>
            <select
              id="set-gwp"
              value={settings.defaultGwp}
              onChange={(e) =>
                set('defaultGwp', (e.currentTarget as HTMLSelectElement).value === 'AR5' ? 'AR5' : 'AR6')
              }
            >
              <option value="AR6">IPCC AR6</option>
              <option value="AR5">IPCC AR5</option>
            </select>
          </div>
          <div class="field">
            <label for="set-factors">{tr(lang, 'defaultFactorSet')}</label>
            <select
              id="set-factors"
              value={settings.defaultFactorSet}
              onChange={(e) => set('defaultFactorSet', (e.currentTarget as HTMLSelectElement).value)}
            >
              {keys.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>

      <section class="card">
        <h2>{tr(lang, 'factorSets')}</h2>
        <ul>
          {keys.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
        <div class="field">
          <label for="factor-file">{tr(lang, 'loadFactorSet')}</label>
          <input
            id="factor-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const f = (e.currentTarget as HTMLInputElement).files?.[0];
              if (f) void load(f);
            }}
          />
        </div>
        {message && (
          <div role={message.ok ? 'status' : 'alert'} class={message.ok ? 'note' : 'problem'}>
            <p>{message.text}</p>
            {message.issues && (
              <ul>
                {message.issues
                  .filter((i) => i.severity === 'error')
                  .slice(0, 20)
                  .map((i) => (
                    <li key={i.path + i.code}>{formatIssue(i, lang)}</li>
                  ))}
              </ul>
            )}
          </div>
        )}
        <LoadedSets lang={lang} />
        <p class="muted">
          {tr(lang, 'nfOpenLead')} <Link href="/network/factors">{tr(lang, 'nfOpen')}</Link>
        </p>
      </section>

      <section class="card" aria-labelledby="storage-h">
        <h2 id="storage-h">{tr(lang, 'storage')}</h2>
        <p data-persisted={String(status?.persisted)}>
          {status?.persisted === true
            ? tr(lang, 'persisted')
            : status?.persisted === false
              ? tr(lang, 'notPersisted')
              : tr(lang, 'persistUnknown')}
        </p>
        {status && status.usage !== undefined && (
          <p>{tr(lang, 'usage', { usage: bytes(status.usage, lang), quota: bytes(status.quota, lang) })}</p>
        )}
        {status?.persisted === false && (
          <button
            type="button"
            onClick={async () => {
              await requestPersistence();
              setStatus(await storageStatus());
            }}
          >
            {tr(lang, 'requestPersist')}
          </button>
        )}
      </section>
    </>
  );
}
