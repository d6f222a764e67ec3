/**
 * One `app` fixture, two hosts: a Chromium page on the served renderer, or the first
 * window of the Electron app. Scenarios use only `app` (a Page), so each is written once.
 */
import { test as base, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type AppHost = 'chromium' | 'electron';

/** The Electron binary, or the reason there is none. */
export function electronBinary(): { path: string } | { reason: string } {
  try {
    const require = createRequire(import.meta.url);
    const path = require('electron') as unknown as string;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { reason: `the electron package points to ${String(path)}, which does not exist` };
  } catch (err) {
    // The electron package is installed, but its binary comes from a separate download
    // (node_modules/electron/install.js) that needs GitHub, which this machine cannot reach.
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { reason: `the electron package has no binary on this machine (its download, node node_modules/electron/install.js, needs internet access to GitHub; electron said: “${why}”)` };
  }
}

interface Fixtures {
  app: Page;
  electronApp: ElectronApplication | null;
}

export const test = base.extend<Fixtures & { appHost: AppHost }>({
  appHost: ['chromium', { option: true }],
  electronApp: async ({ appHost, locale }, use) => {
    if (appHost !== 'electron') {
      await use(null);
      return;
    }
    const binary = electronBinary();
    if ('reason' in binary) {
      base.skip(true, `Electron run skipped: ${binary.reason}.`);
      await use(null);
      return;
    }
    const userData = mkdtempSync(join(tmpdir(), 'layerbench-e2e-'));
    const electronApp = await _electron.launch({
      executablePath: binary.path,
      // A spec's `locale` is the system language the window starts with, as Chromium's context takes it.
      args: ['.', `--user-data-dir=${userData}`, ...(locale ? [`--lang=${locale}`] : []), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, LAYERBENCH_E2E: '1' },
    });
    await use(electronApp);
    await electronApp.close();
  },
  app: async ({ appHost, page, electronApp }, use) => {
    if (appHost === 'electron') {
      if (electronApp === null) throw new Error('Electron app did not start');
      const window = await electronApp.firstWindow();
      await window.setViewportSize({ width: 1280, height: 800 });
      await use(window);
      return;
    }
    await page.goto('/');
    await use(page);
  },
});

export { expect } from '@playwright/test';
