import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../electron/main/services/window-options';

describe('mainWindowOptions', () => {
  it('opens at 1280x800 (at least 1024x700), hidden until ready, with the security checklist applied', () => {
    const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 700, show: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('turns the developer tools on only when told to', () => {
    expect(mainWindowOptions({ preloadPath: '/p', devTools: true }).webPreferences?.devTools).toBe(true);
    expect(mainWindowOptions({ preloadPath: '/p', devTools: false }).webPreferences?.devTools).toBe(false);
  });
});
