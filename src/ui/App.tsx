/**
 * The app shell: header with navigation, language and save status; the page for the current URL; storage
 * problems and the update prompt. Data pages are loaded lazily so the first visit stays small.
 */
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Lang } from '../i18n/issueMessages';
import { tr } from '../i18n/ui';
import { LANGUAGE_NAMES } from '../i18n/uiLanguage';
import { requestPersistence } from '../pwa/storagePersistence';
import { openDatabase } from '../state/database';
import { applyStoredLang, chooseLang, lang as langSignal } from '../state/lang';
import { emptyTrash } from '../state/partners';
import { attempt, flush, track } from '../state/saveStatus';
import { readSettings, saveSetting } from '../state/settings';
import { useSignal } from '../state/signal';
import { Link } from './components/Link';
import { SaveIndicator } from './components/SaveIndicator';
import { StorageProblem } from './components/StorageProblem';
import { PartnersPage } from './pages/PartnersPage';
import { match, usePath } from './router';
import { UpdatePrompt } from './UpdatePrompt';

const PartnerPage = lazy(() => import('./pages/PartnerPage').then((m) => ({ default: m.PartnerPage })));
const CommitmentPage = lazy(() =>
  import('./commitment/CommitmentPage').then((m) => ({ default: m.CommitmentPage })),
);
const InventoryPage = lazy(() => import('./pages/InventoryPage').then((m) => ({ default: m.InventoryPage })));
const ResultsPage = lazy(() => import('./pages/ResultsPage').then((m) => ({ default: m.ResultsPage })));
const InterviewPage = lazy(() =>
  import('./interview/InterviewPage').then((m) => ({ default: m.InterviewPage })),
);
const HandoverPage = lazy(() => import('./notes/HandoverPage').then((m) => ({ default: m.HandoverPage })));
const ChecklistPage = lazy(() =>
  import('./interview/ChecklistPage').then((m) => ({ default: m.ChecklistPage })),
);
const ActionsPage = lazy(() => import('./actions/ActionsPage').then((m) => ({ default: m.ActionsPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const NetworkPage = lazy(() => import('./network/NetworkPage').then((m) => ({ default: m.NetworkPage })));
const AccessibilityPage = lazy(() =>
  import('./statement/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })),
);
const BackupPage = lazy(() => import('./backup/BackupPage').then((m) => ({ default: m.BackupPage })));
const ReceivedReportPage = lazy(() =>
  import('./network/ReceivedReportPage').then((m) => ({ default: m.ReceivedReportPage })),
);
const FactorEditorPage = lazy(() =>
  import('./network/factors/FactorEditorPage').then((m) => ({ default: m.FactorEditorPage })),
);
const ReceivedFilesPage = lazy(() =>
  import('./network/ReceivedFilesPage').then((m) => ({ default: m.ReceivedFilesPage })),
);
const BackupNotices = lazy(() =>
  import('./backup/BackupNotices').then((m) => ({ default: m.BackupNotices })),
);

/** How long a deleted partner can be brought back after the app is next opened. */
const TRASH_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * What is stored, as a full backup file (lossless: unfinished entries, factor sets and settings too): the way
 * out when storage fails. Not verified by reading back, which would write the backup time into failing storage.
 * A failure (storage that cannot be read either) rejects, and StorageProblem says so.
 */
async function exportEverything(): Promise<void> {
  const { makeBackup } = await import('../state/backupFile');
  const { downloadBlob } = await import('./download');
  const written = await makeBackup(__APP_VERSION__);
  downloadBlob(written.fileName, new Blob([written.text], { type: 'application/json' }));
}

export function App() {
  const lang = useSignal(langSignal);

  useEffect(() => {
    readSettings().then(
      // A language chosen while the settings were being read stands: the stored one is older.
      (s) => applyStoredLang(s.lang),
      () => undefined,
    );
    void requestPersistence();
    // Storage that cannot be opened at all (a private window, a browser setting) is said at once, not at the first edit.
    void attempt(openDatabase(), 'open');
    emptyTrash(TRASH_KEPT_MS).catch(() => undefined);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const path = usePath();
  // The backup notices (undo of an import, the reminder) are not urgent: their code and queries wait until
  // the page has been drawn and the browser is idle, so they do not lengthen opening a page.
  const [noticesReady, setNoticesReady] = useState(false);
  useEffect(() => {
    const ready = () => setNoticesReady(true);
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(ready, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    const t = setTimeout(ready, 1000);
    return () => clearTimeout(t);
  }, []);
  const route = match(path);
  // The page whose heading last took the focus: the first page keeps the browser's start, and another language
  // renames the tab without taking the focus from the language choice.
  const focusedPath = useRef(path);
  // After a navigation, the page's heading names the tab and takes focus, so screen readers hear where they are
  // (or the field the address names, when it does).
  useEffect(() => {
    let tries = 0;
    const timer = setInterval(() => {
      const h1 = document.querySelector<HTMLElement>('main h1');
      if (!h1 && ++tries < 40) return;
      clearInterval(timer);
      if (!h1) return;
      document.title = `${h1.textContent ?? ''} – ${tr(lang, 'appName')}`;
      if (focusedPath.current !== path) {
        // A link to a field (the results page's "Fix: industry", …#org-sector) gives the focus to that field.
        const target = location.hash
          ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
          : null;
        if (target) target.focus();
        else {
          h1.tabIndex = -1;
          h1.focus();
        }
      }
      focusedPath.current = path;
    }, 50);
    return () => clearInterval(timer);
  }, [path, lang]);
  // The button pressed goes (the header offers only the other languages): the focus moves to the button of the
  // language just left, where the pressed one stood, so a keyboard user stays in the language choice.
  const langButtons = useRef<HTMLFieldSetElement>(null);
  const leftLang = useRef<Lang | null>(null);
  useEffect(() => {
    const left = leftLang.current;
    leftLang.current = null;
    if (left) langButtons.current?.querySelector<HTMLButtonElement>(`button[lang="${left}"]`)?.focus();
  }, [lang]);
  const switchLang = (next: Lang) => {
    leftLang.current = lang;
    chooseLang(next);
    void track(saveSetting('lang', next)).catch(() => undefined);
  };
  return (
    <>
      <a class="skip" href="#main">
        {tr(lang, 'skip')}
      </a>
      <header class="top">
        <Link href="/" class="brand">
          {tr(lang, 'appName')}
        </Link>
        <nav aria-label={tr(lang, 'mainNav')}>
          <Link href="/">{tr(lang, 'navPartners')}</Link>
          <Link href="/network">{tr(lang, 'navNetwork')}</Link>
          <Link href="/backup">{tr(lang, 'navBackup')}</Link>
          <Link href="/settings">{tr(lang, 'navSettings')}</Link>
        </nav>
        <SaveIndicator lang={lang} />
        {/* The other two languages, each by its own name in itself, so a reader finds hers in any page language. */}
        <fieldset class="langs" ref={langButtons}>
          <legend class="visually-hidden">{tr(lang, 'langGroup')}</legend>
          {LANGUAGES.filter((l) => l !== lang).map((l) => (
            <button key={l} type="button" class="lang secondary" onClick={() => switchLang(l)} lang={l}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </fieldset>
      </header>
      <StorageProblem lang={lang} onExport={exportEverything} />
      {noticesReady && (
        <Suspense fallback={null}>
          <BackupNotices lang={lang} path={path} />
        </Suspense>
      )}
      <main id="main">
        <Suspense fallback={<p>{tr(lang, 'loading')}</p>}>
          {route.page === 'partners' && <PartnersPage lang={lang} />}
          {route.page === 'partner' && <PartnerPage lang={lang} orgId={route.orgId} />}
          {route.page === 'actions' && <ActionsPage lang={lang} orgId={route.orgId} />}
          {route.page === 'commitment' && <CommitmentPage lang={lang} orgId={route.orgId} />}
          {route.page === 'inventory' && <InventoryPage lang={lang} orgId={route.orgId} year={route.year} />}
          {route.page === 'results' && <ResultsPage lang={lang} orgId={route.orgId} year={route.year} />}
          {route.page === 'interview' && <InterviewPage lang={lang} orgId={route.orgId} year={route.year} />}
          {route.page === 'checklist' && <ChecklistPage lang={lang} orgId={route.orgId} year={route.year} />}
          {route.page === 'handover' && <HandoverPage lang={lang} orgId={route.orgId} year={route.year} />}
          {route.page === 'settings' && <SettingsPage lang={lang} />}
          {route.page === 'backup' && <BackupPage lang={lang} />}
          {route.page === 'accessibility' && <AccessibilityPage lang={lang} />}
          {route.page === 'network' && <NetworkPage lang={lang} />}
          {route.page === 'networkPartner' && (
            <ReceivedReportPage lang={lang} partnerKey={route.partnerKey} year={route.year} />
          )}
          {route.page === 'networkFactors' && <FactorEditorPage lang={lang} />}
          {route.page === 'networkFiles' && <ReceivedFilesPage lang={lang} />}
          {route.page === 'not-found' && (
            <>
              <h1>{tr(lang, 'notFound')}</h1>
              <Link href="/">{tr(lang, 'goHome')}</Link>
            </>
          )}
        </Suspense>
      </main>
      <footer class="site-footer">
        <nav aria-label={tr(lang, 'stFooterLabel')}>
          <Link href="/accessibility">{tr(lang, 'stFooterLink')}</Link>
          <Link href="/accessibility#feedback">{tr(lang, 'stFooterFeedback')}</Link>
        </nav>
      </footer>
      <UpdatePrompt lang={lang} onBeforeUpdate={flush} />
    </>
  );
}
