/**
 * The application menu, as a template built from plain inputs (Electron is only a type here,
 * so the template is tested without Electron). index.ts turns it into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../src/core/i18n/locale';
import { translator } from '../../src/core/i18n/translate';
import type { MenuCommand } from '../../src/host/contract';

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  /** build-mode.ts' devToolsAllowed: only development builds offer the developer tools. */
  readonly devTools: boolean;
  /** The app's language (the renderer tells it): every label is in it. English when absent. */
  readonly locale?: Locale;
  /** Sends a command to the focused window's renderer. */
  sendCommand(command: MenuCommand): void;
}

/**
 * Roles keep Electron's behaviour (and macOS' own items); the labels are the app's, so that the
 * menu speaks the language the window does rather than the system's.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = translator(ctx.locale ?? 'en');
  const isMac = ctx.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: t('host.menu.file'),
      submenu: [
        { label: t('host.menu.openDataset'), accelerator: 'CmdOrCtrl+O', click: () => ctx.sendCommand('open-dataset') },
        { label: t('host.menu.openImageFolder'), accelerator: 'CmdOrCtrl+Shift+O', click: () => ctx.sendCommand('open-image-folder') },
        { type: 'separator' },
        { role: 'reload', label: t('host.menu.reload') },
        { type: 'separator' },
        isMac ? { role: 'close', label: t('host.menu.close') } : { role: 'quit', label: t('host.menu.quit') },
      ],
    },
    {
      label: t('host.menu.edit'),
      submenu: [
        { role: 'undo', label: t('host.menu.undo') },
        { role: 'redo', label: t('host.menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('host.menu.cut') },
        { role: 'copy', label: t('host.menu.copy') },
        { role: 'paste', label: t('host.menu.paste') },
        { role: 'selectAll', label: t('host.menu.selectAll') },
      ],
    },
    {
      label: t('host.menu.view'),
      submenu: [
        ...(ctx.devTools ? [{ role: 'toggleDevTools', label: t('host.menu.devTools') } as const, { type: 'separator' } as const] : []),
        { role: 'resetZoom', label: t('host.menu.resetZoom') },
        { role: 'zoomIn', label: t('host.menu.zoomIn') },
        { role: 'zoomOut', label: t('host.menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('host.menu.fullScreen') },
      ],
    },
    {
      role: 'help',
      label: t('host.menu.help'),
      submenu: [{ role: 'about', label: t('host.menu.about') }],
    },
  );
  return template;
}
