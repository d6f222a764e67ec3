/**
 * electron-builder's afterPack hook (electron-builder.ts): flips Electron's fuses in the packaged
 * binary, after the app is copied in and before it is signed (flipping changes the binary, so it
 * must come before the signature). Fuses are switches compiled into Electron that a packaged app
 * cannot turn back on at run time, so they close doors an attacker with local access would use:
 * running the app's binary as plain Node, injecting code through NODE_OPTIONS or --inspect,
 * loading app code from outside the integrity-checked app.asar.
 *
 * FUSES is the only place these settings live (electron-builder's own `electronFuses` option is
 * left unset, so they are flipped once); test/electron/packaging.test.ts reads it.
 */
import fuses from '@electron/fuses';
import { join } from 'node:path';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

/** @type {import('@electron/fuses').FuseV1Config} */
export const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn Layerbench's signed binary into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage encrypted at rest with the OS's keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require) would run arbitrary code in the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would let anyone attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // App code comes from app.asar only, never from a resources/app folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's default; stated so that every fuse @electron/fuses knows has a decided state.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The window loads app://layerbench/, never file://, so file:// needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/**
 * The Electron executable inside a packed app, where electron-builder puts it.
 * @param {{ appOutDir: string, electronPlatformName: string, productFilename: string, executableName: string }} target
 */
export function packagedBinaryPath({ appOutDir, electronPlatformName, productFilename, executableName }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${productFilename}.exe`);
    default:
      return join(appOutDir, executableName);
  }
}

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  const { packager } = context;
  const binary = packagedBinaryPath({
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    productFilename: packager.appInfo.productFilename,
    // LinuxPackager names the binary after linux.executableName; the others use the product name.
    executableName: 'executableName' in packager ? String(packager.executableName) : packager.appInfo.productFilename,
  });
  // Flipping fuses breaks macOS's ad-hoc signature, which arm64 Macs require: re-sign ad hoc
  // (a real identity, when configured, signs over it afterwards).
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: isMac });
  console.log(`  • Electron fuses set in ${binary}`);
}
