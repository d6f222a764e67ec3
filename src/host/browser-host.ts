/**
 * Host for plain Chromium: a file input for the open dialog, fetch for the samples served at
 * /samples/, and Ctrl/Cmd+O for the one menu command.
 *
 * The file input stays in the DOM (visually hidden, labelled) so that end-to-end tests and
 * assistive technology can drive it: `getByLabel('Choose a CSV or TSV file').setInputFiles(…)`.
 * A file chosen there without a pending dialog is kept and announced as 'open-dataset'; the
 * UI's usual answer to that command, openDatasetDialog(), then returns the kept file at once.
 */
import { AppError } from '../core/errors';
import type { DatasetFile, Host, MenuCommand, SampleInfo } from './contract';
import { parseSampleIndex } from './schema';

export const FILE_INPUT_LABEL = 'Choose a CSV or TSV file';
export const FILE_INPUT_ACCEPT = '.csv,.tsv,.txt,text/csv';
const FILE_INPUT_MARK = 'data-layerbench-dataset-input';

export interface BrowserHostEnv {
  readonly document: Document;
  readonly window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly fetch: typeof fetch;
  /** Where the samples are served, ending in "/". */
  readonly samplesBase: string;
}

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

async function fetchOrFail(env: BrowserHostEnv, url: string, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await env.fetch(url);
  } catch (err) {
    throw new AppError({ code: 'samples/unavailable', message: `Layerbench could not load ${what}.`, detail: `${url}: ${String(err)}` });
  }
  if (!res.ok) {
    throw new AppError({ code: 'samples/unavailable', message: `Layerbench could not load ${what}.`, detail: `${url}: HTTP ${res.status}` });
  }
  return res;
}

export async function fetchSampleList(env: BrowserHostEnv): Promise<SampleInfo[]> {
  const url = `${env.samplesBase}index.json`;
  const text = await (await fetchOrFail(env, url, 'the list of sample datasets')).text();
  try {
    return parseSampleIndex(text);
  } catch (err) {
    throw new AppError({
      code: 'samples/index-invalid',
      message: 'The list of built-in sample datasets is damaged, so no sample can be opened.',
      detail: `${url}: ${String(err)}`,
    });
  }
}

export async function fetchSample(env: BrowserHostEnv, id: string): Promise<DatasetFile> {
  const sample = (await fetchSampleList(env)).find((s) => s.id === id);
  if (!sample) {
    throw new AppError({ code: 'samples/unknown', message: `There is no built-in sample called "${id}".` });
  }
  const res = await fetchOrFail(env, env.samplesBase + encodeURIComponent(sample.fileName), `the sample "${sample.title}"`);
  const data = await res.blob();
  return { name: sample.fileName, sizeBytes: data.size, data };
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
    input.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;overflow:hidden;clip-path:inset(50%);';
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

  if (env.document.readyState === 'loading') {
    env.document.addEventListener('DOMContentLoaded', () => ensureInput(), { once: true });
  } else {
    ensureInput();
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
    listSamples: () => fetchSampleList(env),
    loadSample: (id) => fetchSample(env, id),
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
