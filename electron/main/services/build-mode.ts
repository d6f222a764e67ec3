/**
 * What only a development build may do: load the renderer from electron-vite's dev server
 * (ELECTRON_RENDERER_URL) and open the developer tools. A packaged app, and any production
 * bundle (`electron-vite build`, which `npm start` and `npm run dist` use), ignores the variable
 * and has no developer tools, so neither an environment variable nor a keyboard shortcut can
 * put another page, or a console, next to the preload's bridge to the file system.
 */

export interface BuildMode {
  /** app.isPackaged */
  readonly isPackaged: boolean;
  /** import.meta.env.DEV: true only in the bundle `electron-vite dev` makes. */
  readonly isDevBuild: boolean;
}

export function isDevelopment(mode: BuildMode): boolean {
  return mode.isDevBuild && !mode.isPackaged;
}

/** The dev server is always on this machine; a variable naming anywhere else is ignored. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The dev server's URL in development, when the variable names one on this machine; else undefined. */
export function devRendererUrl(mode: BuildMode, envValue: string | undefined): string | undefined {
  if (!isDevelopment(mode) || !envValue) return undefined;
  let url: URL;
  try {
    url = new URL(envValue);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return url.href;
}

/** Whether the window may open the developer tools (and the View menu offers them). */
export function devToolsAllowed(mode: BuildMode): boolean {
  return isDevelopment(mode);
}
