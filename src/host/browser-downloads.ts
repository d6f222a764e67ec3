/**
 * How the browser build saves: a download of one Blob through a clicked anchor, and the one .zip
 * that stands for a folder (a page cannot write one).
 */
import { zipFiles } from '../core/experiment/model-zip';
import type { BrowserHostEnv } from './browser-env';

/** The MIME type a download of `name` gets, so the browser keeps its extension. */
export function mimeTypeForTextFile(name: string): string {
  return /\.json$/i.test(name) ? 'application/json' : 'text/plain';
}

/**
 * Offers `text` as a download named `name`: an anchor with a Blob URL, clicked and removed.
 * The URL is revoked a little later, as Chromium reads it after the click returns.
 */
export function downloadText(env: Pick<BrowserHostEnv, 'document' | 'urls'>, name: string, text: string): void {
  downloadBlob(env, name, new Blob([text], { type: mimeTypeForTextFile(name) }));
}

/** Offers `file` as a download named `name` (see downloadText). */
export function downloadBlob(env: Pick<BrowserHostEnv, 'document' | 'urls'>, name: string, file: Blob): void {
  const urls = env.urls ?? URL;
  const url = urls.createObjectURL(file);
  const anchor = env.document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  env.document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => urls.revokeObjectURL(url), 10_000);
}

/** The one download saveFiles gives: "<name>.zip" holding `files` side by side. */
export function filesAsZip(name: string, files: readonly { readonly name: string; readonly data: Uint8Array | string }[], now = Date.now()): { name: string; blob: Blob } {
  const zip = zipFiles(files, now);
  return { name: `${name}.zip`, blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
}
