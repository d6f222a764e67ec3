/**
 * The single main window: secure preferences (services/window-options.ts), shown when its
 * first paint is ready, loading the renderer from app://layerbench/ or, in development,
 * from electron-vite's dev server.
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './services/app-protocol';
import { mainWindowOptions } from './services/window-options';

export interface MainWindowOptions {
  readonly preloadPath: string;
  /** build-mode.ts' devRendererUrl: only ever set in development. */
  readonly devRendererUrl?: string | undefined;
  /** build-mode.ts' devToolsAllowed. */
  readonly devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: options.preloadPath, devTools: options.devTools }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devRendererUrl ?? APP_ENTRY_URL);
  return window;
}
