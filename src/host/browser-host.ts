/**
 * Host for plain Chromium: a file input for the open dialog, fetch for the samples served at
 * /samples/, Ctrl/Cmd+O for the one menu command, a download for saving a text file and a
 * second file input for opening one.
 *
 * The file input stays in the DOM (visually hidden, labelled) so that end-to-end tests and
 * assistive technology can drive it: `getByLabel('Choose a CSV or TSV file').setInputFiles(…)`.
 * A file chosen there without a pending dialog is kept and announced as 'open-dataset'; the
 * UI's usual answer to that command, openDatasetDialog(), then returns the kept file at once.
 */
import { decodeUnicodeText } from '../core/data/decode';
import { AppError, quoteInput } from '../core/errors';
import { msg } from '../core/i18n/message';
import type { BrowserHostEnv } from './browser-env';
import { downloadBlob, downloadText, filesAsZip, mimeTypeForTextFile } from './browser-downloads';
import { fetchImageSample, folderFromFileList } from './browser-images';
import { fetchOrFail, fetchSampleList } from './browser-samples';
import { sizeMessage } from './size-message';
import { MAX_TEXT_FILE_BYTES, type BinaryFile, type DatasetFile, type Host, type ImageFolder, type MenuCommand, type TextFile } from './contract';

export { fetchImageSample, fetchSampleList, folderFromFileList };
export { downloadBlob, downloadText, filesAsZip, mimeTypeForTextFile };
export type { BrowserHostEnv };

export const FILE_INPUT_LABEL = 'Choose a CSV or TSV file';
export const FILE_INPUT_ACCEPT = '.csv,.tsv,.txt,text/csv';
const FILE_INPUT_MARK = 'data-layerbench-dataset-input';
/** The only text file the app opens today is a model spec, so the input is labelled for it. */
export const TEXT_INPUT_LABEL = 'Choose a model spec file';
const TEXT_INPUT_MARK = 'data-layerbench-text-input';
/** The folder input: `setInputFiles(folderPath)` in tests, a folder picker for users. */
export const FOLDER_INPUT_LABEL = 'Choose an image folder';
const FOLDER_INPUT_MARK = 'data-layerbench-folder-input';
const HIDDEN_INPUT_STYLE = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;overflow:hidden;clip-path:inset(50%);';


export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** Ctrl+O (Cmd+O on a Mac), nothing else held: the app's "Open dataset…". */
export function isOpenDatasetShortcut(e: ShortcutKey): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'o';
}

function defaultEnv(): BrowserHostEnv {
  return { document, window, fetch: (input, init) => fetch(input, init), samplesBase: '/samples/' };
}

export async function fetchSample(env: BrowserHostEnv, id: string): Promise<DatasetFile> {
  const sample = (await fetchSampleList(env)).find((s) => s.id === id);
  if (!sample) {
    throw new AppError({ code: 'samples/unknown', message: msg('host.samples.unknown', { id: quoteInput(id) }) });
  }
  if (sample.kind === 'images') {
    throw new AppError({ code: 'samples/not-a-table', message: msg('host.samples.notTable', { name: quoteInput(sample.title) }) });
  }
  const res = await fetchOrFail(env, env.samplesBase + encodeURIComponent(sample.fileName), sample.title);
  const data = await res.blob();
  return { name: sample.fileName, sizeBytes: data.size, data };
}

/** A chosen File → its bytes, refusing one over `maxBytes` before it is read. */
export async function readChosenBinaryFile(file: Blob & { readonly name: string }, maxBytes: number): Promise<BinaryFile> {
  if (file.size > maxBytes) {
    throw new AppError({
      code: 'binary-file/too-large',
      message: msg('host.file.tooLarge', { file: quoteInput(file.name), size: sizeMessage(file.size), limit: sizeMessage(maxBytes) }),
      detail: `${file.size} bytes > limit ${maxBytes}`,
    });
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A chosen File → its text, refusing what cannot be a small text file. */
export async function readChosenTextFile(file: Blob & { readonly name: string }, maxBytes = MAX_TEXT_FILE_BYTES): Promise<TextFile> {
  if (file.size > maxBytes) {
    throw new AppError({
      code: 'text-file/too-large',
      message: msg('host.file.tooLarge', { file: quoteInput(file.name), size: sizeMessage(file.size), limit: sizeMessage(maxBytes) }),
      detail: `${file.size} bytes > limit ${maxBytes}`,
    });
  }
  let text: string;
  try {
    text = decodeUnicodeText(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    throw new AppError({
      code: 'text-file/not-text',
      message: msg('host.file.notText', { file: quoteInput(file.name) }),
      detail: String(err),
    });
  }
  return { name: file.name, text };
}

export function createBrowserHost(env: BrowserHostEnv = defaultEnv()): Host {
  let pendingDialog: ((file: DatasetFile | null) => void) | null = null;
  let unclaimedFile: DatasetFile | null = null;
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const emit = (command: MenuCommand): void => menuListeners.forEach((listener) => listener(command));

  function settle(file: DatasetFile | null): void {
    const resolve = pendingDialog;
    pendingDialog = null;
    resolve?.(file);
  }

  function ensureInput(): HTMLInputElement {
    const existing = env.document.querySelector<HTMLInputElement>(`input[${FILE_INPUT_MARK}]`);
    if (existing) return existing;
    const input = env.document.createElement('input');
    input.type = 'file';
    input.accept = FILE_INPUT_ACCEPT;
    input.setAttribute('aria-label', FILE_INPUT_LABEL);
    input.setAttribute(FILE_INPUT_MARK, '');
    input.tabIndex = -1;
    // Visually hidden but present: display:none would hide it from tests and screen readers.
    input.style.cssText = HIDDEN_INPUT_STYLE;
    input.addEventListener('change', () => {
      const chosen = input.files?.[0];
      // Cleared so that choosing the same file again still fires 'change'.
      input.value = '';
      if (!chosen) return settle(null);
      const file: DatasetFile = { name: chosen.name, sizeBytes: chosen.size, data: chosen };
      if (pendingDialog) return settle(file);
      unclaimedFile = file;
      emit('open-dataset');
    });
    input.addEventListener('cancel', () => settle(null));
    env.document.body.append(input);
    return input;
  }

  let pendingText: ((file: File | null) => void) | null = null;

  function settleText(file: File | null): void {
    const resolve = pendingText;
    pendingText = null;
    resolve?.(file);
  }

  function ensureTextInput(): HTMLInputElement {
    const existing = env.document.querySelector<HTMLInputElement>(`input[${TEXT_INPUT_MARK}]`);
    if (existing) return existing;
    const input = env.document.createElement('input');
    input.type = 'file';
    input.setAttribute('aria-label', TEXT_INPUT_LABEL);
    input.setAttribute(TEXT_INPUT_MARK, '');
    input.tabIndex = -1;
    input.style.cssText = HIDDEN_INPUT_STYLE;
    input.addEventListener('change', () => {
      const chosen = input.files?.[0] ?? null;
      input.value = '';
      settleText(chosen);
    });
    input.addEventListener('cancel', () => settleText(null));
    env.document.body.append(input);
    return input;
  }

  // A folder that failed to list is kept as its Error, so openImageFolder() rejects with it.
  type FolderChoice = ImageFolder | Error | null;
  let pendingFolder: { resolve: (folder: ImageFolder | null) => void; reject: (err: Error) => void } | null = null;
  let unclaimedFolder: ImageFolder | Error | null = null;

  function settleFolder(choice: FolderChoice): void {
    const pending = pendingFolder;
    pendingFolder = null;
    if (choice instanceof Error) pending?.reject(choice);
    else pending?.resolve(choice);
  }

  function ensureFolderInput(): HTMLInputElement {
    const existing = env.document.querySelector<HTMLInputElement>(`input[${FOLDER_INPUT_MARK}]`);
    if (existing) return existing;
    const input = env.document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.webkitdirectory = true;
    input.setAttribute('aria-label', FOLDER_INPUT_LABEL);
    input.setAttribute(FOLDER_INPUT_MARK, '');
    input.tabIndex = -1;
    input.style.cssText = HIDDEN_INPUT_STYLE;
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files ?? []);
      input.value = '';
      if (chosen.length === 0) return settleFolder(null);
      let folder: ImageFolder | Error;
      try {
        folder = folderFromFileList(chosen);
      } catch (err) {
        folder = err instanceof Error ? err : new Error(String(err));
      }
      if (pendingFolder) return settleFolder(folder);
      unclaimedFolder = folder;
      emit('open-image-folder');
    });
    input.addEventListener('cancel', () => settleFolder(null));
    env.document.body.append(input);
    return input;
  }

  if (env.document.readyState === 'loading') {
    env.document.addEventListener(
      'DOMContentLoaded',
      () => {
        ensureInput();
        ensureFolderInput();
      },
      { once: true },
    );
  } else {
    ensureInput();
    ensureFolderInput();
  }

  const onKeyDown = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (!isOpenDatasetShortcut(key)) return;
    key.preventDefault(); // otherwise Chromium opens its own "Open file" dialog
    emit('open-dataset');
  };

  return {
    kind: 'browser',
    openDatasetDialog() {
      if (unclaimedFile) {
        const file = unclaimedFile;
        unclaimedFile = null;
        return Promise.resolve(file);
      }
      const input = ensureInput();
      settle(null); // a dialog still waiting is superseded by this one
      return new Promise<DatasetFile | null>((resolve) => {
        pendingDialog = resolve;
        input.click();
      });
    },
    async saveTextFile(suggestedName, text) {
      downloadText(env, suggestedName, text);
      return true; // a download cannot be followed further
    },
    async saveFiles(suggestedFolderName, files) {
      // A page cannot write a folder, and one download per file leaves the user to keep them
      // together (a renamed "weights (1).bin" then fails the manifest): one .zip instead.
      const zip = filesAsZip(suggestedFolderName, files);
      downloadBlob(env, zip.name, zip.blob);
      return true;
    },
    async saveBinaryFile(suggestedName, bytes, mime) {
      downloadBlob(env, suggestedName, new Blob([new Uint8Array(bytes)], { type: mime }));
      return true;
    },
    async openTextFile(accept, maxBytes) {
      const input = ensureTextInput();
      input.accept = accept.join(',');
      settleText(null); // a dialog still waiting is superseded by this one
      const chosen = await new Promise<File | null>((resolve) => {
        pendingText = resolve;
        input.click();
      });
      return chosen ? readChosenTextFile(chosen, maxBytes) : null;
    },
    async openBinaryFile(accept, maxBytes) {
      // The same hidden input as openTextFile: one "open a file" dialog at a time.
      const input = ensureTextInput();
      input.accept = accept.join(',');
      settleText(null);
      const chosen = await new Promise<File | null>((resolve) => {
        pendingText = resolve;
        input.click();
      });
      return chosen ? readChosenBinaryFile(chosen, maxBytes) : null;
    },
    openImageFolder() {
      if (unclaimedFolder) {
        const folder = unclaimedFolder;
        unclaimedFolder = null;
        return folder instanceof Error ? Promise.reject(folder) : Promise.resolve(folder);
      }
      const input = ensureFolderInput();
      settleFolder(null);
      return new Promise<ImageFolder | null>((resolve, reject) => {
        pendingFolder = { resolve, reject };
        input.click();
      });
    },
    listSamples: () => fetchSampleList(env),
    loadSample: (id) => fetchSample(env, id),
    loadImageSample: (id, onProgress) => fetchImageSample(env, id, onProgress),
    // A page has no menu or dialogs of its own: the browser's follow the browser's language.
    setLocale: () => undefined,
    onMenuCommand(listener) {
      if (menuListeners.size === 0) env.window.addEventListener('keydown', onKeyDown);
      menuListeners.add(listener);
      return () => {
        menuListeners.delete(listener);
        if (menuListeners.size === 0) env.window.removeEventListener('keydown', onKeyDown);
      };
    },
  };
}
