/**
 * The one interface between the renderer and whatever hosts it (ARCHITECTURE.md, after
 * Actual Budget's `window.Actual`). Two implementations: `electron-host.ts` over the
 * preload bridge and `browser-host.ts` for plain Chromium. No component asks which it has.
 */
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
}

export type MenuCommand = 'open-dataset';

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Shows an open-file dialog for CSV/TSV; null when the user cancels. */
  openDatasetDialog(): Promise<DatasetFile | null>;
  listSamples(): Promise<readonly SampleInfo[]>;
  loadSample(id: string): Promise<DatasetFile>;
  /** Application-menu commands that the renderer must carry out. Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** What the preload exposes on `window.layerbench` (narrow verbs, never ipcRenderer itself). */
export interface PreloadBridge {
  openDatasetDialog(): Promise<{ name: string; sizeBytes: number; bytes: Uint8Array } | null>;
  listSamples(): Promise<SampleInfo[]>;
  loadSample(id: string): Promise<{ name: string; sizeBytes: number; bytes: Uint8Array }>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
