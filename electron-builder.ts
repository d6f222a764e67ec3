/**
 * Packaging (electron-builder finds this file by its name): `npm run dist` after `npm run build`,
 * on a machine that has, or can download, Electron's binary for the target platform.
 *
 * What goes in: the built app (out/), and of node_modules only what the main process imports at
 * run time (the renderer and preload are bundled). The samples go beside app.asar as real files
 * (resources/samples), where electron/main/services/samples.ts looks for them in a packaged app.
 * Electron's fuses are set by scripts/after-pack.mjs.
 */
import type { Configuration } from 'electron-builder';

/** Packages the main process loads at run time: electron-vite leaves dependencies external. */
export const MAIN_RUNTIME_MODULES = ['zod', 'intl-messageformat'] as const;
/** What those packages load in turn (intl-messageformat's parser and cache, all under @formatjs). */
const MAIN_RUNTIME_DEPENDENCIES = ['@formatjs'] as const;

const config: Configuration = {
  appId: 'app.layerbench.desktop',
  productName: 'Layerbench',
  copyright: 'Copyright © Layerbench contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  icon: 'resources/icon.png',
  asar: true,
  // The main process loads no native module, so nothing needs rebuilding for Electron.
  npmRebuild: false,
  files: [
    'out/**',
    // Shipped once, as extraResources below; the renderer's copy (publicDir) is for the browser build.
    '!out/renderer/samples{,/**}',
    '!out/renderer/icon.png',
    // The command-line tool runs from the source checkout, not from the app.
    '!out/cli{,/**}',
    '!**/*.map',
    'package.json',
    // electron-builder adds every production dependency; the renderer's are already in its bundle.
    `!node_modules/!(${[...MAIN_RUNTIME_MODULES, ...MAIN_RUNTIME_DEPENDENCIES].join('|')}){,/**}`,
  ],
  extraResources: [{ from: 'resources/samples', to: 'samples' }],
  afterPack: './scripts/after-pack.mjs',
  mac: {
    category: 'public.app-category.developer-tools',
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
  },
  dmg: { title: 'Layerbench' },
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  linux: {
    category: 'Development',
    target: ['AppImage', 'deb'],
    executableName: 'layerbench',
    // Debian packages need a maintainer; package.json has no author to take it from.
    maintainer: 'Layerbench contributors',
    synopsis: 'From a dataset to a trained, evaluated neural network, without code.',
  },
};

export default config;
