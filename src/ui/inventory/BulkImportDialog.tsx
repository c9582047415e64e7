/**
 * The import dialog: a CSV file or pasted cells, how they are read (separator, header, number format), what
 * each column means, the activity for all rows or per value of a column, and a preview with every row that has
 * a problem. Nothing is stored until "Add N entries"; the write is all-or-nothing (addEntries).
 * A native modal <dialog>: the browser keeps focus inside it and Esc closes it.
 *
 * The session (src/io/bulk/session.ts) holds every choice and its steps; sessionView derives the table,
 * mapping and drafts from it. This component keeps the session, wires the parts in ./bulk/ and writes.
 */
import '../../i18n/uiBulk';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CategoryId, categoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { decodeText } from '../../io/bulk';
import {
  type BulkState,
  fileChosen,
  fileDecoded,
  fileReadable,
  fileUnreadable,
  pasteText,
  startSession,
  takeOffer,
  writeFailed,
  writeStarted,
} from '../../io/bulk/session';
import { type BulkContext, sessionView } from '../../io/bulk/sessionView';
import { addImportedEntries, type InventoryRow, type SiteRow } from '../../state/bulkEntries';
import { activitiesOf } from './activityList';
import { ColumnMapping } from './bulk/ColumnMapping';
import { EntryChoices } from './bulk/EntryChoices';
import { PreviewSummary } from './bulk/PreviewSummary';
import { PreviewTable } from './bulk/PreviewTable';
import { ReadingOptions } from './bulk/ReadingOptions';
import { SourceInput } from './bulk/SourceInput';
import { usePausedText } from './bulk/usePausedText';
import { ValueMeanings } from './bulk/ValueMeanings';
import './bulkImport.css';

export interface BulkImportDialogProps {
  lang: Lang;
  category: CategoryId;
  inv: InventoryRow;
  sites: SiteRow[];
  set: FactorSet;
  /** Called when the dialog closes; with the number of entries added, if any. */
  onClose: (added?: { n: number; category: CategoryId }) => void;
}

export function BulkImportDialog(p: BulkImportDialogProps) {
  const { lang, set } = p;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const [state, setState] = useState<BulkState>(() => startSession(p.category));
  const update = (step: (s: BulkState) => BulkState) => setState(step);
  // One per dialog: it keeps the last table and drafts it made.
  const view = useMemo(() => sessionView(), []);
  const added = useRef<{ n: number; category: CategoryId } | undefined>(undefined);
  const typing = usePausedText((text) => update((s) => pasteText(s, text)));

  const ctx: BulkContext = {
    lang,
    year: p.inv.year,
    set,
    sites: p.sites,
    activitiesOf: (c) => activitiesOf(set, c, lang),
    words: { month: tr(lang, 'period'), quantity: tr(lang, 'quantity'), pasted: tr(lang, 'bulkPasted') },
  };
  const v = view(state, ctx);
  const { source, category } = state;

  const readFile = (file: File | undefined) => {
    // Text typed just before stays the text if this file is refused.
    typing.flush();
    update((s) => fileChosen(s, file?.size));
    if (!file || !fileReadable(file.size)) return;
    file
      .arrayBuffer()
      .then((buf) => update((s) => fileDecoded(s, file.name, decodeText(new Uint8Array(buf)))))
      .catch(() => update(fileUnreadable));
  };

  // While typed text waits to be taken, the preview is of the text before it: nothing is added from that.
  const canAdd = v.drafts.length > 0 && state.write !== 'writing' && typing.pending === null;
  const add = async () => {
    if (!canAdd) return;
    const drafts = v.drafts;
    update(writeStarted);
    if (await addImportedEntries(p.inv.id, drafts)) {
      added.current = { n: drafts.length, category };
      dialog.current?.close();
    } else update(writeFailed);
  };
  const addLabel =
    v.drafts.length === 1 ? tr(lang, 'bulkAddOne') : tr(lang, 'bulkAdd', { n: v.drafts.length });

  return (
    <dialog
      ref={dialog}
      class="bulk-import"
      aria-labelledby="bulk-title"
      aria-describedby="bulk-lead"
      onClose={() => p.onClose(added.current)}
    >
      <h2 id="bulk-title">
        {tr(lang, 'bulkTitle')}: {categoryInfo(category).names[lang]}
      </h2>
      <p id="bulk-lead">{tr(lang, 'bulkLead')}</p>

      <SourceInput
        lang={lang}
        source={source}
        fileProblem={state.fileProblem}
        pasteText={typing.pending ?? (source.kind === 'paste' ? source.text : '')}
        onFile={readFile}
        onOffer={() => update(takeOffer)}
        onPaste={typing.type}
      />

      {source.text.trim() !== '' && (
        <>
          <ReadingOptions lang={lang} state={state} view={v} update={update} />
          {v.refusal === null && (
            <>
              <EntryChoices lang={lang} set={set} state={state} view={v} update={update} />
              <ColumnMapping lang={lang} view={v} update={update} />
              <ValueMeanings lang={lang} sites={p.sites} view={v} update={update} />
              <section class="bulk-preview" aria-labelledby="bulk-preview-h">
                <h3 id="bulk-preview-h">{tr(lang, 'bulkPreview')}</h3>
                <PreviewSummary lang={lang} source={source} view={v} />
                {v.result && v.rows.length > 0 && (
                  <PreviewTable lang={lang} set={set} sites={p.sites} rows={v.rows} hiddenOk={v.hiddenOk} />
                )}
              </section>
            </>
          )}
        </>
      )}

      {state.write === 'failed' && (
        <p class="field-error" role="alert">
          {tr(lang, 'bulkWriteFailed')}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={!canAdd}
          aria-busy={state.write === 'writing' ? 'true' : undefined}
          onClick={() => void add()}
        >
          {addLabel}
        </button>
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
          {tr(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}
