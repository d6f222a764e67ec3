import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../src/host/contract';

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label || m.role === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no menu ${label}`);
  return menu.submenu;
}
const roles = (items: MenuItemConstructorOptions[]): (string | undefined)[] => items.filter((i) => i.type !== 'separator').map((i) => i.role);

describe('buildMenuTemplate', () => {
  it('File has Open dataset… (Ctrl/Cmd+O), Open image folder… (sent to the renderer), Reload and Quit', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ platform: 'linux', devTools: false, sendCommand: (c) => sent.push(c) });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(template[3]?.role).toBe('help');
    const file = submenu(template, '&File');
    const open = file[0];
    expect(open).toMatchObject({ label: 'Open dataset…', accelerator: 'CmdOrCtrl+O' });
    (open?.click as () => void)();
    expect(file[1]).toMatchObject({ label: 'Open image folder…', accelerator: 'CmdOrCtrl+Shift+O' });
    (file[1]?.click as () => void)();
    expect(sent).toEqual(['open-dataset', 'open-image-folder']);
    expect(roles(file)).toEqual([undefined, undefined, 'reload', 'quit']);
  });

  it('Edit holds the usual roles', () => {
    const template = buildMenuTemplate({ platform: 'linux', devTools: false, sendCommand: () => undefined });
    expect(roles(submenu(template, '&Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(submenu(template, 'help'))).toEqual(['about']);
    expect(submenu(template, 'help')[0]?.label).toBe('About Layerbench');
  });

  it('offers the developer tools only when they are allowed (development builds)', () => {
    const dev = buildMenuTemplate({ platform: 'linux', devTools: true, sendCommand: () => undefined });
    const packaged = buildMenuTemplate({ platform: 'linux', devTools: false, sendCommand: () => undefined });
    expect(roles(submenu(dev, '&View'))).toContain('toggleDevTools');
    expect(roles(submenu(packaged, '&View'))).not.toContain('toggleDevTools');
  });

  it('adds the app menu on macOS', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', devTools: false, sendCommand: () => undefined });
    expect(mac[0]).toEqual({ role: 'appMenu' });
  });

  it('speaks the app’s language: every item has a label in Korean, roles kept', () => {
    const ko = buildMenuTemplate({ platform: 'linux', devTools: true, locale: 'ko', sendCommand: () => undefined });
    expect(ko.map((m) => m.label)).toEqual(['파일(&F)', '편집(&E)', '보기(&V)', '도움말(&H)']);
    const file = submenu(ko, '파일(&F)');
    expect(file[0]).toMatchObject({ label: '데이터셋 열기…', accelerator: 'CmdOrCtrl+O' });
    expect(roles(file)).toEqual([undefined, undefined, 'reload', 'quit']);
    expect(roles(submenu(ko, '편집(&E)'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    for (const menu of ko) {
      for (const item of menu.submenu as MenuItemConstructorOptions[]) {
        if (item.type === 'separator') continue;
        expect(item.label).toMatch(/[\uac00-\ud7a3]/);
      }
    }
  });
});
