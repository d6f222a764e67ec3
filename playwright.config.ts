import { defineConfig } from '@playwright/test';
import { findChromium, HEADLESS_ARGS, WEBGPU_ARGS } from './test/e2e/browser';
import type { AppHost } from './test/e2e/fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4319);
const chromium = findChromium();

// The same scenarios (test/e2e/*.spec.ts) run in two projects: the built renderer in
// Chromium served from 127.0.0.1 (WebGPU needs a secure context), and the Electron app
// through Playwright's _electron driver, which skips itself with the reason where no
// Electron binary exists.
export default defineConfig<{ appHost: AppHost }>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    // Shared by both projects: Playwright's `page` fixture needs a browser even where the
    // Electron project only uses the Electron window.
    launchOptions: {
      executablePath: chromium,
      args: [...HEADLESS_ARGS, ...WEBGPU_ARGS],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        appHost: 'chromium',
        baseURL: `http://127.0.0.1:${PORT}`,
      },
    },
    {
      name: 'electron',
      use: { appHost: 'electron' },
    },
  ],
  webServer: {
    command: `node scripts/serve-renderer.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
