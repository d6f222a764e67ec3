import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import config, { MAIN_RUNTIME_MODULES } from '../../electron-builder';
import afterPack, { FUSES, packagedBinaryPath } from '../../scripts/after-pack.mjs';

const root = resolve(__dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'layerbench-packaging-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('electron-builder configuration', () => {
  it('names the app and keeps its code in app.asar', () => {
    expect(config.appId).toBe('app.layerbench.desktop');
    expect(config.productName).toBe('Layerbench');
    expect(config.asar).toBe(true);
    // The main process loads no native module, so there is nothing to rebuild for Electron.
    expect(config.npmRebuild).toBe(false);
  });

  it('has an icon that is a valid square PNG of at least 512 pixels (1024 for macOS)', () => {
    expect(config.icon).toBe('resources/icon.png');
    const png = PNG.sync.read(readFileSync(join(root, 'resources/icon.png')));
    expect([png.width, png.height]).toEqual([1024, 1024]);
    // Transparent corners: the rounded square does not fill the canvas.
    expect(png.data[3]).toBe(0);
    const centre = (512 * 1024 + 512) * 4;
    expect(png.data[centre + 3]).toBe(255);
  });

  it('ships the samples beside app.asar, where services/samples.ts looks in a packaged app', () => {
    expect(config.extraResources).toEqual([{ from: 'resources/samples', to: 'samples' }]);
    expect(existsSync(join(root, 'resources/samples/index.json'))).toBe(true);
  });

  it('packs the built app and, of node_modules, only what the main process loads', () => {
    const files = config.files as string[];
    expect(files[0]).toBe('out/**');
    expect(files).toContain('!out/renderer/samples{,/**}');
    expect(files).toContain('!out/cli{,/**}');
    expect(files).toContain(`!node_modules/!(${[...MAIN_RUNTIME_MODULES, '@formatjs'].join('|')}){,/**}`);
  });

  it('lists every package the built main process imports as a run-time module', () => {
    const bundle = join(root, 'out/main/index.js');
    if (!existsSync(bundle)) throw new Error('out/main/index.js is missing: run "npm run build" first');
    const imported = [...readFileSync(bundle, 'utf8').matchAll(/^import [^'"]*["']([^"']+)["'];?$/gm)].map((m) => m[1]!);
    const packages = imported.filter((name) => !name.startsWith('node:') && !name.startsWith('.') && name !== 'electron');
    expect(new Set(packages)).toEqual(new Set(MAIN_RUNTIME_MODULES));
  });

  it('declares installers for macOS, Windows and Linux', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('sets the fuses in the afterPack hook, and only there', () => {
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(existsSync(join(root, 'scripts/after-pack.mjs'))).toBe(true);
    expect(config.electronFuses).toBeUndefined();
  });
});

describe('Electron fuses', () => {
  it('are exactly the hardened states', () => {
    expect(FUSES).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('finds the binary where electron-builder puts it on each platform', () => {
    const target = { appOutDir: '/out', productFilename: 'Layerbench', executableName: 'layerbench' };
    expect(packagedBinaryPath({ ...target, electronPlatformName: 'linux' })).toBe(join('/out', 'layerbench'));
    expect(packagedBinaryPath({ ...target, electronPlatformName: 'win32' })).toBe(join('/out', 'Layerbench.exe'));
    expect(packagedBinaryPath({ ...target, electronPlatformName: 'darwin' })).toBe(join('/out', 'Layerbench.app'));
  });

  it('are flipped in the packed binary by the afterPack hook', async () => {
    // A stand-in for Electron's binary: the fuse wire is a sentinel, a version byte, a length
    // byte and one byte per fuse ('0' off, '1' on). Nine fuses, as in newer Electrons: the
    // ninth is left as it is.
    const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
    const appOutDir = join(temp, 'linux-unpacked');
    mkdirSync(appOutDir);
    const binary = join(appOutDir, 'layerbench');
    writeFileSync(binary, Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('101000011'), Buffer.from('…')]));
    const context = {
      appOutDir,
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: 'Layerbench' }, executableName: 'layerbench' },
    };
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await afterPack(context as unknown as Parameters<typeof afterPack>[0]); // a stand-in for electron-builder's packager
    expect(log).toHaveBeenCalledWith(`  • Electron fuses set in ${binary}`);
    log.mockRestore();
    const wire = await getCurrentFuseWire(binary);
    const OFF = 48;
    const ON = 49;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => wire[i as FuseV1Options])).toEqual([OFF, ON, OFF, OFF, ON, ON, OFF, OFF, ON]);
  });
});
