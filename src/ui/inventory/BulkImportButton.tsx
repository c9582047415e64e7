/**
 * "Import from a spreadsheet" in a category of the year editor. The dialog and the spreadsheet reader
 * (papaparse) are loaded when the button is pressed, so neither is in the editor's first download.
 */
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type CategoryId, categoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { InventoryRow, SiteRow } from '../../state/bulkEntries';
import type { BulkImportDialogProps } from './BulkImportDialog';

let loaded: Promise<ComponentType<BulkImportDialogProps>> | undefined;
const loadDialog = () => {
  loaded ??= import('./BulkImportDialog').then((m) => m.BulkImportDialog);
  return loaded;
};

export interface BulkImportButtonProps {
  lang: Lang;
  category: CategoryId;
  inv: InventoryRow;
  sites: SiteRow[];
  set: FactorSet | undefined;
}

export function BulkImportButton(p: BulkImportButtonProps) {
  const [Dialog, setDialog] = useState<ComponentType<BulkImportDialogProps> | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = () => {
    setBusy(true);
    setDone(null);
    loadDialog()
      .then((d) => setDialog(() => d))
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  const close = (added?: { n: number; category: CategoryId }) => {
    setDialog(null);
    if (added) {
      const category = categoryInfo(added.category).names[p.lang];
      setDone(tr(p.lang, 'bulkAdded', { n: added.n, category }));
    }
    // Back where the user was: the dialog's opener.
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        class="secondary"
        disabled={!p.set || busy}
        aria-busy={busy ? 'true' : undefined}
        aria-label={tr(p.lang, 'bulkOpenIn', { category: categoryInfo(p.category).names[p.lang] })}
        onClick={open}
      >
        {tr(p.lang, 'bulkOpen')}
      </button>
      <span class="bulk-done" role="status">
        {done}
      </span>
      {Dialog && p.set && (
        <Dialog lang={p.lang} category={p.category} inv={p.inv} sites={p.sites} set={p.set} onClose={close} />
      )}
    </>
  );
}
