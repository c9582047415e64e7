/** Where the rows come from: a CSV file (with what was refused about it) or cells pasted into a box. */
import '../../../i18n/uiBulk';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { BulkSource, FileProblem } from '../../../io/bulk/session';
import { fileProblemText } from './bulkTexts';

export interface SourceInputProps {
  lang: Lang;
  source: BulkSource;
  fileProblem: FileProblem | null;
  /** What the paste box shows: the text typed there, taken or not yet. */
  pasteText: string;
  onFile: (file: File | undefined) => void;
  /** The user takes the reading offered for a file of two encodings. */
  onOffer: () => void;
  onPaste: (text: string) => void;
}

export function SourceInput(p: SourceInputProps) {
  const { lang, source, fileProblem } = p;
  return (
    <fieldset class="bulk-source">
      <legend>{tr(lang, 'bulkSource')}</legend>
      <div class="field">
        <label for="bulk-file">{tr(lang, 'bulkFile')}</label>
        <input
          id="bulk-file"
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          aria-describedby={fileProblem ? 'bulk-file-error' : undefined}
          onChange={(e) => p.onFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        {fileProblem && (
          <p id="bulk-file-error" class="field-error" role="alert">
            {fileProblemText(lang, fileProblem)}
          </p>
        )}
        {fileProblem?.kind === 'mixed' && fileProblem.offer && (
          <button type="button" class="secondary" onClick={p.onOffer}>
            {tr(lang, 'bulkMixedRead')}
          </button>
        )}
        {source.kind === 'file' && (
          <p class="muted">{tr(lang, 'bulkFileRead', { name: source.name, encoding: source.encoding })}</p>
        )}
      </div>
      <div class="field">
        <label for="bulk-paste">{tr(lang, 'bulkPaste')}</label>
        <textarea
          id="bulk-paste"
          rows={5}
          spellcheck={false}
          aria-describedby="bulk-paste-hint"
          value={p.pasteText}
          onInput={(e) => p.onPaste((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <p id="bulk-paste-hint" class="muted">
          {tr(lang, 'bulkPasteHint')}
        </p>
      </div>
    </fieldset>
  );
}
