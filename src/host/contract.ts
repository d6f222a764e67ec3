/**
 * The one interface between the renderer and whatever hosts it (docs/architecture.md, after
 * Actual Budget's `window.Actual`). Two implementations: `electron-host.ts` over the
 * preload bridge and `browser-host.ts` for plain Chromium. No component asks which it has.
 */
import type { AppErrorInfo } from '../core/errors';
import type { Locale } from '../core/i18n/locale';
import type { Message } from '../core/i18n/message';

export interface DatasetFile {
  /** File name as the user sees it, e.g. "penguins.csv". */
  readonly name: string;
  readonly sizeBytes: number;
  readonly data: Blob;
}

interface SampleBase {
  /** Stable id, also the file's base name in resources/samples, e.g. "penguins". */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly task: 'classification' | 'regression';
  /** The column the sample is meant to predict, proposed as the default target. */
  readonly target?: string;
}

/** A table sample: one CSV/TSV file in resources/samples. `kind` is absent in older indexes. */
export interface TableSampleInfo extends SampleBase {
  readonly kind?: 'table';
  readonly fileName: string;
}

/**
 * An image sample: a folder in resources/samples with one sub-folder per class, and a
 * files.json listing its files (relative paths), since a browser cannot list a folder.
 */
export interface ImageSampleInfo extends SampleBase {
  readonly kind: 'images';
  readonly folder: string;
}

/** A recordings sample: one CSV in resources/samples whose rows are time steps; it opens as sequences. */
export interface SequenceSampleInfo extends SampleBase {
  readonly kind: 'sequences';
  readonly fileName: string;
}

export type SampleInfo = TableSampleInfo | ImageSampleInfo | SequenceSampleInfo;

/** The name of each sample's file list inside its folder. */
export const IMAGE_SAMPLE_FILE_LIST = 'files.json';

/** One file of an image folder: its path below the chosen folder ('/'-separated) and its bytes. */
export interface ImageFolderFile {
  readonly relativePath: string;
  readonly file: Blob;
  /** Why the host did not read the file (a link leaving the folder, too large); the file is then empty. */
  readonly refused?: Message;
}

/** An image folder the user chose (or a built-in image sample), with every file in it. */
export interface ImageFolder {
  /** The folder's own name, e.g. "flowers". */
  readonly name: string;
  readonly files: readonly ImageFolderFile[];
}

/** Files read so far while a folder's images are fetched (Electron, samples); for a progress bar. */
export interface ImageReadProgress {
  readonly done: number;
  readonly total: number;
}

/** A folder holding more files than this is refused: the app is not meant for it, and listing it would hang. */
export const MAX_IMAGE_FOLDER_FILES = 50_000;
/** One image file larger than this is not an image a small CNN can use; it is handed over empty. */
export { MAX_IMAGE_FILE_BYTES } from '../core/sources/images/refusals';

/** 'open-image-folder': a folder was chosen in the browser's folder input without the app asking. */
export type MenuCommand = 'open-dataset' | 'open-image-folder';

/** A file the user opened as bytes (an exported model .zip, or an experiment file): its name without folders. */
export interface BinaryFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A small text file the user opened (a model spec): its name without folders, and its text. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/** Text files (model specs) are small; anything larger is refused before it is read or written. */
export const MAX_TEXT_FILE_BYTES = 5_000_000;
/** An experiment file holds the trained weights too: a larger limit, asked for by the import. */
export const MAX_EXPERIMENT_FILE_BYTES = 500_000_000;

/** One file of a group saved together (an exported model: model.json, weights.bin, …); same shape as core's ExportFile. */
export interface SavedFile {
  /** A plain file name, no folder part. */
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** Binary saves (a model's weights, a PNG chart, an experiment file): the most one save may write, in all. */
export const MAX_SAVED_BYTES = 500_000_000;
/** The most files one saveFiles call writes. */
export const MAX_SAVED_FILES = 32;

/**
 * Every method rejects with an `AppError` (src/core/errors.ts) whose message a user can read,
 * e.g. a file over the size limit or a sample that cannot be found.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Shows an open-file dialog for CSV/TSV; null when the user cancels. */
  openDatasetDialog(): Promise<DatasetFile | null>;
  listSamples(): Promise<readonly SampleInfo[]>;
  loadSample(id: string): Promise<DatasetFile>;
  /** Application-menu commands that the renderer must carry out. Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Saves `text` where the user says (a save dialog), or as a download named `suggestedName` in a
   * browser. False when the user cancelled; a browser cannot tell, and answers true.
   */
  saveTextFile(suggestedName: string, text: string): Promise<boolean>;
  /** Asks for one text file with one of the `accept` extensions (".json"); null when the user cancels. */
  openTextFile(accept: readonly string[], maxBytes?: number): Promise<TextFile | null>;
  /** Asks for one file with one of the `accept` extensions and reads its bytes, refusing one over `maxBytes`; null when cancelled. */
  openBinaryFile(accept: readonly string[], maxBytes: number): Promise<BinaryFile | null>;
  /**
   * Saves files together: Electron asks for a folder and writes them, atomically (a temporary folder,
   * then one rename), into `<chosen>/<suggestedFolderName>/` (a free name like "name-2" when it is taken);
   * a browser downloads one `<suggestedFolderName>.zip` holding them side by side. False when the
   * user cancelled.
   */
  saveFiles(suggestedFolderName: string, files: readonly SavedFile[]): Promise<boolean>;
  /** Saves bytes where the user says (a save dialog), or as a download of type `mime`. False when cancelled. */
  saveBinaryFile(suggestedName: string, bytes: Uint8Array, mime: string): Promise<boolean>;
  /**
   * Asks for a folder (one sub-folder per class) and returns every file in it, paths relative to
   * it; null when the user cancels. Files whose name is not an image's may come back empty.
   */
  openImageFolder(onProgress?: (progress: ImageReadProgress) => void): Promise<ImageFolder | null>;
  /** The files of a built-in image sample (kind 'images'). */
  loadImageSample(id: string, onProgress?: (progress: ImageReadProgress) => void): Promise<ImageFolder>;
  /**
   * The app's language, told to the host whenever it is chosen: Electron's menu and dialogs
   * follow it; a browser has none of its own to change. Never fails (a host that cannot follow
   * keeps its last language).
   */
  setLocale(locale: Locale): void;
}

/** A file's content as it crosses IPC (a Blob cannot). */
export interface DatasetBytes {
  readonly name: string;
  readonly sizeBytes: number;
  readonly bytes: Uint8Array;
}

/** A folder listed by the main process: the files' relative paths and sizes, and a token to read them by. */
export interface ImageFolderListing {
  /** Names this listing in later reads; the renderer never sends a path of its own. */
  readonly token: string;
  readonly name: string;
  readonly files: readonly { readonly relativePath: string; readonly sizeBytes: number }[];
}

/** Files of a listing, read in one batch. */
export interface ImageFileBytes {
  readonly relativePath: string;
  readonly bytes: Uint8Array;
  /** Why the main process did not read the file; the bytes are then empty. */
  readonly refused?: Message;
}

/** At most this many files per read (a batch keeps each IPC message small). */
export const MAX_IMAGE_READ_BATCH = 256;

/**
 * What crosses the IPC boundary. Errors travel as values because a rejected `ipcRenderer.invoke`
 * keeps only a reworded message and loses the code, detail and fix of an AppError.
 */
export type BridgeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: AppErrorInfo };

/** What the preload exposes on `window.layerbench` (narrow verbs, never ipcRenderer itself). */
export interface PreloadBridge {
  openDatasetDialog(): Promise<BridgeResult<DatasetBytes | null>>;
  listSamples(): Promise<BridgeResult<SampleInfo[]>>;
  loadSample(id: string): Promise<BridgeResult<DatasetBytes>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  saveTextFile(suggestedName: string, text: string): Promise<BridgeResult<boolean>>;
  openTextFile(accept: readonly string[], maxBytes?: number): Promise<BridgeResult<TextFile | null>>;
  openBinaryFile(accept: readonly string[], maxBytes: number): Promise<BridgeResult<BinaryFile | null>>;
  saveFiles(suggestedFolderName: string, files: readonly SavedFile[]): Promise<BridgeResult<boolean>>;
  saveBinaryFile(suggestedName: string, bytes: Uint8Array): Promise<BridgeResult<boolean>>;
  openImageFolder(): Promise<BridgeResult<ImageFolderListing | null>>;
  listImageSample(id: string): Promise<BridgeResult<ImageFolderListing>>;
  readImageFiles(token: string, relativePaths: readonly string[]): Promise<BridgeResult<ImageFileBytes[]>>;
  setLocale(locale: Locale): Promise<BridgeResult<null>>;
}

/** IPC channel names, shared by the main process and the preload (which may import nothing but electron). */
export const IPC_CHANNELS = {
  openDatasetDialog: 'dataset:open-dialog',
  listSamples: 'samples:list',
  loadSample: 'samples:load',
  saveTextFile: 'text-file:save',
  openTextFile: 'text-file:open',
  openBinaryFile: 'binary-file:open',
  saveFiles: 'files:save-folder',
  saveBinaryFile: 'binary-file:save',
  openImageFolder: 'image-folder:open-dialog',
  listImageSample: 'image-folder:sample',
  readImageFiles: 'image-folder:read',
  setLocale: 'app:set-locale',
  /** Main → renderer: an application-menu command (payload: MenuCommand). */
  menuCommand: 'menu:command',
} as const;

export const MENU_COMMANDS: readonly MenuCommand[] = ['open-dataset', 'open-image-folder'];
