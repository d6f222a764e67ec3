import { describe, expect, it } from 'vitest';
import { devRendererUrl, devToolsAllowed, isDevelopment } from '../../../../electron/main/services/build-mode';

const dev = { isPackaged: false, isDevBuild: true };
const production = { isPackaged: false, isDevBuild: false }; // `npm start`: electron-vite build, then electron .
const packaged = { isPackaged: true, isDevBuild: false };
const packagedDevBundle = { isPackaged: true, isDevBuild: true };

describe('isDevelopment and devToolsAllowed', () => {
  it('are true only for a development bundle that is not packaged', () => {
    expect([dev, production, packaged, packagedDevBundle].map(isDevelopment)).toEqual([true, false, false, false]);
    expect([dev, production, packaged, packagedDevBundle].map(devToolsAllowed)).toEqual([true, false, false, false]);
  });
});

describe('devRendererUrl', () => {
  it('follows the dev server in development', () => {
    expect(devRendererUrl(dev, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(devRendererUrl(dev, 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(devRendererUrl(dev, 'http://[::1]:5173')).toBe('http://[::1]:5173/');
    expect(devRendererUrl(dev, undefined)).toBeUndefined();
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged or production build', () => {
    for (const mode of [production, packaged, packagedDevBundle]) {
      expect(devRendererUrl(mode, 'http://127.0.0.1:5173')).toBeUndefined();
    }
  });

  it('ignores a URL that is not a dev server on this machine, even in development', () => {
    for (const url of ['https://example.com/', 'http://192.168.1.5:5173', 'file:///etc/passwd', 'http://user:pw@127.0.0.1:5173', 'javascript:alert(1)', 'not a url', '']) {
      expect(devRendererUrl(dev, url)).toBeUndefined();
    }
  });
});
