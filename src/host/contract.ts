/**
 * The one interface between the renderer and whatever hosts it (ARCHITECTURE.md, after
 * Actual Budget's `window.Actual`). Two implementations: `electron-host.ts` over the
 * preload bridge and `browser-host.ts` for plain Chromium. No component asks which it has.
 */
import type { AppErrorInfo } from '../core/errors';

export interface DatasetFile {
  /** File name as the user sees it, e.g. "penguins.csv". */
  readonly name: string;
  readonly sizeBytes: number;
  readonly data: Blob;
}

export interface SampleInfo {
  /** Stable id, also the file's base name in resources/samples, e.g. "penguins". */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly task: 'classification' | 'regression';
  readonly fileName: string;
  /** The column the sample is meant to predict, proposed as the default target. */
  readonly target?: string;
}

export type MenuCommand = 'open-dataset';

/** A small text file the user opened (a model spec): its name without folders, and its text. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/** Text files (model specs) are small; anything larger is refused before it is read or written. */
export const MAX_TEXT_FILE_BYTES = 5_000_000;

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
  openTextFile(accept: readonly string[]): Promise<TextFile | null>;
}

/** A file's content as it crosses IPC (a Blob cannot). */
export interface DatasetBytes {
  readonly name: string;
  readonly sizeBytes: number;
  readonly bytes: Uint8Array;
}

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
  openTextFile(accept: readonly string[]): Promise<BridgeResult<TextFile | null>>;
}

/** IPC channel names, shared by the main process and the preload (which may import nothing but electron). */
export const IPC_CHANNELS = {
  openDatasetDialog: 'dataset:open-dialog',
  listSamples: 'samples:list',
  loadSample: 'samples:load',
  saveTextFile: 'text-file:save',
  openTextFile: 'text-file:open',
  /** Main → renderer: an application-menu command (payload: MenuCommand). */
  menuCommand: 'menu:command',
} as const;

export const MENU_COMMANDS: readonly MenuCommand[] = ['open-dataset'];
