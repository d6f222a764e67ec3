#!/usr/bin/env node
/**
 * `npm start`: builds Layerbench and opens it in Electron. Where no Electron binary can be had
 * (npm 11 skips Electron's download script; some machines have no internet), it serves the same
 * renderer on 127.0.0.1 and opens it in Chromium's app mode instead.
 *
 * Environment: PORT (default 4173; a busy port is an error, since saved experiments live with
 * the origin), LAYERBENCH_NO_BROWSER=1 (serve only), LAYERBENCH_SKIP_BUILD=1, CHROME_PATH (a
 * Chromium or Chrome executable), LAYERBENCH_WEBGPU_SWIFTSHADER=1|0 (force or forbid the emulated
 * WebGPU adapter; by default it is used on Linux without a GPU), LAYERBENCH_KEEP_SANDBOX=1 (as
 * root on Linux, serve only instead of opening a window without Chromium's sandbox; see sandbox-policy.mjs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { sandboxDecision, rootRefusal } from './sandbox-policy.mjs';
import { portFromEnv, projectRoot, serveRenderer } from './serve-renderer.mjs';

const require = createRequire(import.meta.url);
const isLinux = process.platform === 'linux';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/** How long the one attempt to download Electron may take (it fails in under a second offline). */
const ELECTRON_INSTALL_TIMEOUT_MS = Number(process.env.LAYERBENCH_ELECTRON_INSTALL_TIMEOUT_MS ?? 60_000);

function build() {
  if (process.env.LAYERBENCH_SKIP_BUILD === '1') return;
  const cli = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed (see above), so Layerbench cannot start.');
    process.exit(result.status ?? 1);
  }
}

function electronEnv() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  return env;
}

/** The Electron executable, if the npm package has one that runs. */
function findElectron() {
  let executable;
  try {
    executable = require('electron'); // throws until the binary has been downloaded
  } catch {
    return null;
  }
  if (typeof executable !== 'string' || !existsSync(executable)) return null;
  const probe = spawnSync(executable, ['--version'], { env: electronEnv(), timeout: 30_000, stdio: 'ignore' });
  return probe.status === 0 ? executable : null;
}

/** One attempt at Electron's own download script (npm 11 does not run it at install time). */
function tryInstallElectron() {
  const script = join(projectRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(script) || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false;
  const result = spawnSync(process.execPath, [script], {
    cwd: join(projectRoot, 'node_modules', 'electron'),
    stdio: 'ignore',
    timeout: ELECTRON_INSTALL_TIMEOUT_MS,
  });
  return result.status === 0;
}

/** Whether a window may open, and its sandbox flags (root on Linux: see sandbox-policy.mjs). */
function sandboxFor(browser) {
  return sandboxDecision({ platform: process.platform, isRoot, keepSandbox: process.env.LAYERBENCH_KEEP_SANDBOX, browser });
}

function launchElectron(executable, sandbox) {
  if (sandbox.notice) console.log(sandbox.notice);
  const args = ['.', ...sandbox.args];
  const child = spawn(executable, args, { cwd: projectRoot, stdio: 'inherit', env: electronEnv() });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  const names = process.platform === 'win32'
    ? ['chrome.exe', 'msedge.exe']
    : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  const wellKnown = process.platform === 'darwin'
    ? ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']
    : process.platform === 'win32'
      ? [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]
        .filter(Boolean)
        .map((base) => join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'))
      : [];
  return wellKnown.find((path) => existsSync(path)) ?? null;
}

/** Same rule as electron/main/services/gpu-switches.ts; change both together. */
function hasGpuRenderNode() {
  try {
    return readdirSync('/dev/dri').some((name) => name.startsWith('renderD'));
  } catch {
    return false;
  }
}

function chromiumArgs(url, userDataDir, sandboxArgs) {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${userDataDir}`,
    '--window-size=1280,800',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    // Hides the "unsupported command-line flag" bar that the WebGPU and sandbox flags bring up.
    '--test-type',
  ];
  if (isLinux) {
    args.push('--enable-unsafe-webgpu', '--enable-features=Vulkan');
    const force = process.env.LAYERBENCH_WEBGPU_SWIFTSHADER;
    if (force === '1' || (force !== '0' && !hasGpuRenderNode())) {
      args.push('--use-vulkan=swiftshader', '--use-webgpu-adapter=swiftshader', '--use-angle=swiftshader', '--enable-unsafe-swiftshader');
    }
  }
  args.push(...sandboxArgs);
  return args;
}

const noDisplay = isLinux && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const noBrowser = process.env.LAYERBENCH_NO_BROWSER === '1';
const canOpenWindow = !noDisplay && !noBrowser;

/** The one sentence that says where Layerbench is and why it is not in Electron. */
function announce({ haveElectron, chromium, url, sandbox }) {
  if (canOpenWindow && !sandbox.open) return rootRefusal(url);
  if (haveElectron) {
    const why = noDisplay ? 'There is no display here to open a window on' : 'LAYERBENCH_NO_BROWSER is set';
    return `${why}, so Layerbench is only served, for a Chromium-based browser (Ctrl+C stops it): ${url}`;
  }
  const why = 'No Electron binary could be installed on this machine';
  if (!canOpenWindow) return `${why}, so Layerbench is served for Chromium instead (Ctrl+C stops it): ${url}`;
  if (chromium) return `${why}, so Layerbench opens in Chromium instead: ${url}`;
  return `${why} and no Chromium or Chrome was found, so open Layerbench in a Chromium-based browser: ${url}`;
}

/** Starts the server on the one port PORT names, or ends `npm start` with the reason. */
async function serve() {
  try {
    return await serveRenderer({ port: portFromEnv(process.env.PORT), strictPort: true });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

async function serveAndOpen(haveElectron) {
  const sandbox = sandboxFor('Chromium');
  const { url, close } = await serve();
  const chromium = canOpenWindow && sandbox.open ? findChromium() : null;
  console.log(announce({ haveElectron, chromium, url, sandbox }));
  if (chromium && sandbox.open && sandbox.notice) console.log(sandbox.notice);

  let browser = null;
  let userDataDir = null;
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    if (browser && browser.exitCode === null) {
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      browser.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  if (!chromium) return;
  userDataDir = mkdtempSync(join(tmpdir(), 'layerbench-chromium-'));
  const startedAt = Date.now();
  browser = spawn(chromium, chromiumArgs(url, userDataDir, sandbox.open ? sandbox.args : []), { stdio: 'ignore' });
  browser.on('error', () => console.log(`Chromium could not be started; Layerbench is still served at ${url}`));
  browser.on('exit', () => {
    // Closing the window ends the app; a browser that quits at once leaves the server up for another.
    if (stopping) return;
    if (Date.now() - startedAt > 10_000) void shutdown();
    else console.log(`Chromium closed at once; Layerbench is still served at ${url} (Ctrl+C stops it).`);
  });
}

build();
const electron = findElectron() ?? (tryInstallElectron() ? findElectron() : null);
const electronSandbox = sandboxFor('Electron');
if (electron && canOpenWindow && electronSandbox.open) {
  launchElectron(electron, electronSandbox);
} else {
  await serveAndOpen(electron !== null);
}
