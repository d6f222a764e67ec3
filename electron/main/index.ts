/**
 * The Electron main process: lifecycle only. What it decides lives in services/ (tested
 * without Electron); window, menu, security and IPC each have their own small module.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeFromTag, type Locale } from '../../src/core/i18n/locale';
import { IPC_CHANNELS, type MenuCommand } from '../../src/host/contract';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { APP_SCHEME, serveAppRequest } from './services/app-protocol';
import { devRendererUrl as devServerUrl, devToolsAllowed, type BuildMode } from './services/build-mode';
import { hasGpuRenderNode, webgpuSwitches } from './services/gpu-switches';
import { resolveSamplesDir } from './services/samples';
import { appOrigins } from './services/trusted-url';
import { createMainWindow } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url)); // out/main
const preloadPath = join(mainDir, '../preload/index.cjs');
const rendererRoot = join(mainDir, '../renderer');
// `import.meta.env` is undefined where nothing replaced it, which reads as a production build.
const buildMode: BuildMode = { isPackaged: app.isPackaged, isDevBuild: import.meta.env?.DEV === true };
// Only electron-vite's dev server sets this; a packaged or production build never follows it.
const devRendererUrl = devServerUrl(buildMode, process.env['ELECTRON_RENDERER_URL']);
const devTools = devToolsAllowed(buildMode);
const allowedOrigins = appOrigins(devRendererUrl);

// Tests (Playwright's Electron run) keep their data in a temporary folder.
const userDataOverride = process.env['LAYERBENCH_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

// Everything below until whenReady must happen before the app is ready.
for (const [name, value] of webgpuSwitches({
  platform: process.platform,
  forceSwiftShader: process.env['LAYERBENCH_WEBGPU_SWIFTSHADER'],
  hasGpuDevice: process.platform === 'linux' && hasGpuRenderNode((path) => readdirSync(path)),
})) {
  app.commandLine.appendSwitch(name, value);
}

// Standard and secure: a real origin in a secure context, which (with the COOP/COEP headers that
// serveAppRequest sends) lets the page be cross-origin isolated, for tfjs' threaded WebAssembly.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let mainWindow: BrowserWindow | null = null;
// Until the renderer says which language it chose, the system's: the renderer starts from it too.
let locale: Locale = 'en';

function applyMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, devTools, locale, sendCommand: sendMenuCommand })));
}

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath, devRendererUrl, devTools });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { allowedOrigins, openExternal: (url) => void shell.openExternal(url) });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    locale = localeFromTag(app.getLocale());
    hardenSession(session.defaultSession, { allowedOrigins });
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererRoot));

    registerIpcHandlers(ipcMain, {
      allowedOrigins,
      samplesDir: resolveSamplesDir({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        rendererRoot,
        appRoot: app.getAppPath(),
      }),
      showOpenDialog: async (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
      },
      showSaveDialog: async (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
      },
      locale: () => locale,
      setLocale: (next) => {
        if (next === locale) return;
        locale = next;
        applyMenu();
      },
    });

    app.setAboutPanelOptions({ applicationName: 'Layerbench', applicationVersion: app.getVersion() });
    applyMenu();

    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}
