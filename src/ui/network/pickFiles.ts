/**
 * Files the coordinator hands in: picked (any file, each read), a folder chosen or dropped (its partner files
 * found in every subfolder, the PDFs and CSVs beside them passed over and counted), or dropped files and zips.
 */
import { isPartnerFileName } from '../../io/network/ingestFile';
import type { PickedFile } from '../../state/receivedIngest';

export interface Picked {
  files: PickedFile[];
  /** Files in folders that are not partner files by their name. */
  skipped: number;
}

/** Files chosen in the file dialog: every one is read. */
export function fromFileList(list: FileList | null): Picked {
  return { files: [...(list ?? [])].map((f) => ({ name: f.name, blob: f })), skipped: 0 };
}

/** A folder chosen with the folder dialog: its files with their paths in it. */
export function fromFolderList(list: FileList | null): Picked {
  const out: Picked = { files: [], skipped: 0 };
  for (const f of list ?? []) {
    const name = f.webkitRelativePath || f.name;
    if (isPartnerFileName(name)) out.files.push({ name, blob: f });
    else out.skipped++;
  }
  return out;
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: Picked, inFolder: boolean): Promise<void> {
  if (entry.isFile) {
    const path = entry.fullPath.replace(/^\//, '');
    if (inFolder && !isPartnerFileName(path)) {
      out.skipped++;
      return;
    }
    out.files.push({ name: path, blob: await fileOf(entry as FileSystemFileEntry) });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // A directory reader gives its entries in batches (100 at a time in Chromium) until an empty one.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const e of batch) await walk(e, out, true);
  }
}

/**
 * What was dropped: files, and folders walked to their files. The entries are taken while the drop event
 * lasts (the browser forgets them after it); the folders are read after.
 */
export function fromDrop(data: DataTransfer | null): Promise<Picked> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of [...(data?.items ?? [])]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) loose.push(f);
    }
  }
  return (async () => {
    const out: Picked = { files: loose.map((f) => ({ name: f.name, blob: f })), skipped: 0 };
    for (const e of entries) await walk(e, out, false);
    return out;
  })();
}
