/**
 * The ways to hand in partner files: the file dialog (any files, each read), the folder dialog, and dropping
 * files, folders or zips on the zone. The dialogs are the keyboard's way; the drop zone is an extra.
 */
import '../../i18n/uiNetworkFiles';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { fromDrop, fromFileList, fromFolderList, type Picked } from './pickFiles';

export function AddFiles({
  lang,
  busy,
  onFiles,
}: {
  lang: Lang;
  busy: boolean;
  onFiles: (picked: Picked) => void;
}) {
  const [over, setOver] = useState(false);
  const folder = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Not an attribute Preact's types know: set on the element.
    if (folder.current) folder.current.webkitdirectory = true;
  }, []);
  const take = (picked: Picked) => {
    if (!busy && (picked.files.length > 0 || picked.skipped > 0)) onFiles(picked);
  };
  return (
    <section
      class={`card received-drop${over ? ' over' : ''}`}
      aria-label={tr(lang, 'netFilesPick')}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void fromDrop(e.dataTransfer).then(take);
      }}
    >
      <div class="received-pick">
        <input
          id="received-pick-files"
          type="file"
          multiple
          accept=".json,.zip,application/json,application/zip"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const picked = fromFileList(input.files);
            // Cleared so the same files can be chosen again.
            input.value = '';
            take(picked);
          }}
        />
        <label for="received-pick-files">{tr(lang, 'netFilesPick')}</label>
        <input
          ref={folder}
          id="received-pick-folder"
          type="file"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const picked = fromFolderList(input.files);
            input.value = '';
            take(picked);
          }}
        />
        <label for="received-pick-folder">{tr(lang, 'netFilesPickFolder')}</label>
      </div>
      <p class="muted">{tr(lang, 'netFilesDrop')}</p>
    </section>
  );
}
