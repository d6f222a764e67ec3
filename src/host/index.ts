/**
 * The renderer's entry to its host. Components call getHost() and never ask which one they got:
 * the Electron preload defines `window.layerbench`; plain Chromium does not.
 */
import { createBrowserHost } from './browser-host';
import type { Host, PreloadBridge } from './contract';
import { createElectronHost } from './electron-host';

declare global {
  interface Window {
    /** Set by electron/preload; absent in a plain browser. */
    readonly layerbench?: PreloadBridge;
  }
}

let host: Host | null = null;

export function getHost(): Host {
  host ??= window.layerbench ? createElectronHost(window.layerbench) : createBrowserHost();
  return host;
}

export type { DatasetFile, Host, MenuCommand, SampleInfo, TextFile } from './contract';
