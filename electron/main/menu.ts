/**
 * The application menu, as a template built from plain inputs (Electron is only a type here,
 * so the template is tested without Electron). index.ts turns it into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/host/contract';

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  /** build-mode.ts' devToolsAllowed: only development builds offer the developer tools. */
  readonly devTools: boolean;
  /** Sends a command to the focused window's renderer. */
  sendCommand(command: MenuCommand): void;
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Open dataset…', accelerator: 'CmdOrCtrl+O', click: () => ctx.sendCommand('open-dataset') },
        { label: 'Open image folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => ctx.sendCommand('open-image-folder') },
        { type: 'separator' },
        { role: 'reload' },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(ctx.devTools ? [{ role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [{ role: 'about', label: 'About Layerbench' }],
    },
  );
  return template;
}
