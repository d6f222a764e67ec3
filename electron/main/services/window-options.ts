/**
 * The main window's options, kept apart from window.ts so the security-relevant preferences
 * are checked by a test without Electron. Follows Electron's security checklist.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_SIZE = { width: 1280, height: 800, minWidth: 1024, minHeight: 700 } as const;

export interface WindowSettings {
  readonly preloadPath: string;
  /** build-mode.ts' devToolsAllowed: false in a packaged or production build. */
  readonly devTools: boolean;
}

export function mainWindowOptions({ preloadPath, devTools }: WindowSettings): BrowserWindowConstructorOptions {
  return {
    ...WINDOW_SIZE,
    title: 'Layerbench',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
    },
  };
}
