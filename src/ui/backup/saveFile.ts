/**
 * Saving a file the user keeps, with a check of what was saved before anyone says it is safe. Where the
 * browser lets the app write a file the user chose (the File System Access API: Chromium on desktops), the
 * file is written, read back from the disk and checked. Elsewhere a download is all there is, and the browser
 * does not tell whether it finished: the exact Blob handed to the download is read back and checked first.
 */
import { downloadBlob } from '../download';

/** The part of a file handle used here (window.showSaveFilePicker, not in TypeScript's DOM types). */
interface SaveHandle {
  name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  getFile(): Promise<Blob>;
}

type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<SaveHandle>;

export type SaveOutcome<T> =
  /** Saved and the check passed. `fileName` is the name the file got (the user may change it in the picker). */
  | { status: 'saved'; fileName: string; checked: T }
  /** Written (picker) or not downloaded (download), and the check failed: the user is told. */
  | { status: 'failed'; checked: T }
  /** The user closed the save dialog. */
  | { status: 'cancelled' }
  /** Writing or reading back threw (disk full, permission taken away). */
  | { status: 'error'; message: string };

function picker(): SavePicker | undefined {
  const fn = (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  return typeof fn === 'function' ? (fn.bind(window) as SavePicker) : undefined;
}

/**
 * Saves `text` as `fileName` and runs `check` on the text read back; `ok` tells whether the check passed.
 * The download happens only after the check passed.
 */
export async function saveChecked<T>(
  text: string,
  fileName: string,
  check: (readBack: string) => Promise<T>,
  ok: (checked: T) => boolean,
): Promise<SaveOutcome<T>> {
  const blob = new Blob([text], { type: 'application/json' });
  const pick = picker();
  try {
    if (pick) {
      let handle: SaveHandle;
      try {
        handle = await pick({
          suggestedName: fileName,
          types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
        });
      } catch (e) {
        if ((e as Error).name === 'AbortError') return { status: 'cancelled' };
        throw e;
      }
      const out = await handle.createWritable();
      await out.write(blob);
      await out.close();
      const checked = await check(await (await handle.getFile()).text());
      return ok(checked)
        ? { status: 'saved', fileName: handle.name, checked }
        : { status: 'failed', checked };
    }
    const checked = await check(await blob.text());
    if (!ok(checked)) return { status: 'failed', checked };
    downloadBlob(fileName, blob);
    return { status: 'saved', fileName, checked };
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
