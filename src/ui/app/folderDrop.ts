/**
 * A folder dropped on the window, read through the File and Directory Entries API
 * (DataTransferItem.webkitGetAsEntry): every file below it, with its path relative to it.
 * Hidden files and folders (".DS_Store", ".git") are left out, as the hosts' folder pickers do.
 */
import { AppError, quoteInput } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import { MAX_IMAGE_FOLDER_FILES, type ImageFolder, type ImageFolderFile } from '../../host/contract';

/** The part of FileSystemEntry this module uses, so tests can pass plain objects. */
export interface DroppedEntry {
  readonly name: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}
export interface DroppedFileEntry extends DroppedEntry {
  file(success: (file: File) => void, failure?: (err: unknown) => void): void;
}
export interface DroppedDirectoryEntry extends DroppedEntry {
  createReader(): { readEntries(success: (entries: DroppedEntry[]) => void, failure?: (err: unknown) => void): void };
}

function isDirectory(entry: DroppedEntry): entry is DroppedDirectoryEntry {
  return entry.isDirectory;
}

/** All entries of a folder: readEntries answers in chunks (100 in Chromium) until it answers none. */
async function readAll(dir: DroppedDirectoryEntry): Promise<DroppedEntry[]> {
  const reader = dir.createReader();
  const all: DroppedEntry[] = [];
  for (;;) {
    const chunk = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

export async function readDroppedFolder(root: DroppedDirectoryEntry, maxFiles = MAX_IMAGE_FOLDER_FILES): Promise<ImageFolder> {
  const files: ImageFolderFile[] = [];
  async function walk(dir: DroppedDirectoryEntry, prefix: string): Promise<void> {
    const entries = await readAll(dir);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (isDirectory(entry)) {
        await walk(entry, relativePath);
      } else if (entry.isFile) {
        if (files.length >= maxFiles) {
          throw new AppError({
            code: 'images/too-many-files',
            message: msg('sources.images.tooManyFiles', { name: quoteInput(root.name), max: maxFiles }),
          });
        }
        const file = await new Promise<File>((resolve, reject) => (entry as DroppedFileEntry).file(resolve, reject));
        files.push({ relativePath, file });
      }
    }
  }
  await walk(root, '');
  return { name: root.name, files };
}

/** The dropped folder of a drop event, if its first item is one. */
export function droppedFolder(transfer: DataTransfer | null): DroppedDirectoryEntry | null {
  const item = transfer?.items[0];
  const entry = item && item.kind === 'file' ? item.webkitGetAsEntry() : null;
  return entry && entry.isDirectory ? (entry as unknown as DroppedDirectoryEntry) : null;
}
