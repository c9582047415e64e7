/**
 * Import: a file from the picker or dropped on the zone (the picker is the keyboard way), its size checked
 * before it is read, validated, then previewed with choices. Nothing is written before "Import", and then in
 * one transaction; if the device's data changed since the preview, the preview is made again and the user
 * told. A refused file lists its problems and changes nothing.
 */
import '../../i18n/uiBackup';
import '../../i18n/uiBackupReceived';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Issue } from '../../core/issues';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import {
  defaultChoices,
  forgetImportUndo,
  type ImportChoices,
  type ImportCounts,
  type ImportPlan,
  previewImport,
  readImport,
  runImport,
} from '../../state/backup';
import { track } from '../../state/saveStatus';
import { ImportPreview } from './ImportPreview';
import { IssueList } from './IssueList';

type State =
  | { s: 'idle' }
  | { s: 'reading'; fileName: string }
  | { s: 'refused'; fileName: string; issues: Issue[] }
  | { s: 'preview'; fileName: string; plan: ImportPlan; choices: ImportChoices; replanned: boolean }
  | { s: 'applying'; fileName: string }
  | { s: 'done'; fileName: string; counts: ImportCounts }
  | { s: 'error'; message: string };

export function ImportFile({ lang }: { lang: Lang }) {
  const [state, setState] = useState<State>({ s: 'idle' });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef<HTMLDivElement>(null);
  const cancelled = useRef(false);
  // The preview goes away on Import or Cancel: the focus moves to the outcome, or back to the file picker.
  useEffect(() => {
    if (state.s === 'done') done.current?.focus();
    if (state.s === 'idle' && cancelled.current) input.current?.focus();
    cancelled.current = false;
  }, [state.s]);

  const open = async (file: File) => {
    setState({ s: 'reading', fileName: file.name });
    try {
      const read = await readImport(file);
      if (!read.ok) {
        setState({ s: 'refused', fileName: file.name, issues: read.issues });
        return;
      }
      const plan = await previewImport(read.source, lang);
      setState({ s: 'preview', fileName: file.name, plan, choices: defaultChoices(plan), replanned: false });
    } catch (e) {
      setState({ s: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const apply = async (fileName: string, plan: ImportPlan, choices: ImportChoices) => {
    setState({ s: 'applying', fileName });
    try {
      const r = await track(runImport(plan, choices));
      if (r.ok) {
        // Every choice kept what was here: there is nothing to undo, and no notice should offer it.
        if (Object.values(r.counts).every((n) => n === 0)) await track(forgetImportUndo(r.importId));
        setState({ s: 'done', fileName, counts: r.counts });
        return;
      }
      // Another tab or an edit changed the data the preview showed: show it again as it is now.
      const again = await previewImport(plan.source, lang);
      setState({ s: 'preview', fileName, plan: again, choices: defaultChoices(again), replanned: true });
    } catch (e) {
      setState({ s: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const cancel = () => {
    cancelled.current = true;
    setState({ s: 'idle' });
  };

  const problem = state.s === 'refused' || state.s === 'error';
  return (
    <section class="card" aria-labelledby="backup-import-h">
      <h2 id="backup-import-h">{tr(lang, 'backupImportTitle')}</h2>
      <p>{tr(lang, 'backupImportLead')}</p>
      {state.s !== 'preview' && state.s !== 'applying' && (
        <fieldset
          class={`backup-drop${over ? ' over' : ''}`}
          data-drop-zone
          onDragOver={(e) => {
            e.preventDefault();
            if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            const f = e.dataTransfer?.files[0];
            if (f) void open(f);
          }}
        >
          <legend class="visually-hidden">{tr(lang, 'backupImportTitle')}</legend>
          <label for="backup-import-file">{tr(lang, 'backupImportChoose')}</label>
          <input
            ref={input}
            id="backup-import-file"
            type="file"
            accept=".json,application/json"
            // A file refused is said beside the picker and tied to it, for the next file chosen.
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'backup-import-problem' : undefined}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const f = input.files?.[0];
              // Cleared so choosing the same file again (after fixing it) reads it again.
              input.value = '';
              if (f) void open(f);
            }}
          />
          <p class="muted drop-hint">{tr(lang, 'backupImportDrop')}</p>
        </fieldset>
      )}
      <div aria-live="polite">
        {state.s === 'reading' && <p>{tr(lang, 'backupImportReading', { file: state.fileName })}</p>}
        {state.s === 'applying' && <p>{tr(lang, 'backupImporting')}</p>}
        {state.s === 'done' && (
          <div class="toast backup-import-done backup-result" role="status" ref={done} tabIndex={-1}>
            <p>
              <strong>{tr(lang, 'backupImportDone')}</strong>{' '}
              {tr(lang, 'backupImportDoneCounts', {
                added: state.counts.partnersAdded,
                updated: state.counts.partnersUpdated,
                years: state.counts.yearsAdded,
                replaced: state.counts.yearsReplaced,
                entries: state.counts.entriesWritten,
              })}
            </p>
            {(state.counts.receivedAdded ?? 0) > 0 && (
              <p>{tr(lang, 'backupReceivedDone', { n: state.counts.receivedAdded ?? 0 })}</p>
            )}
            <p>
              {tr(
                lang,
                Object.values(state.counts).every((n) => n === 0)
                  ? 'backupImportNothing'
                  : 'backupImportUndoHint',
              )}
            </p>
          </div>
        )}
      </div>
      {state.s === 'refused' && (
        <div id="backup-import-problem" class="problem backup-refused" role="alert">
          <p>{tr(lang, 'backupImportRefused', { file: state.fileName })}</p>
          <IssueList issues={state.issues} lang={lang} />
        </div>
      )}
      {state.s === 'error' && (
        <div id="backup-import-problem" class="problem" role="alert">
          <p>{tr(lang, 'backupImportFailed')}</p>
          <p class="muted">{state.message}</p>
        </div>
      )}
      {state.s === 'preview' && (
        <ImportPreview
          lang={lang}
          fileName={state.fileName}
          plan={state.plan}
          choices={state.choices}
          replanned={state.replanned}
          onChange={(choices) => setState({ ...state, choices })}
          onImport={() => void apply(state.fileName, state.plan, state.choices)}
          onCancel={cancel}
        />
      )}
    </section>
  );
}
