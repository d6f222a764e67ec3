/**
 * Whether `npm start` may open a window, and with which sandbox flags. Chromium (and so
 * Electron) will not start its sandbox for the root user on Linux; the only way to open a window
 * as root is --no-sandbox, which lets a compromised page run code with root's rights. So as root
 * `npm start` opens no window unless LAYERBENCH_ALLOW_NO_SANDBOX=1 asks for one, and it says so
 * either way; the app is still served on 127.0.0.1 for a browser running as a normal user.
 */

export const ALLOW_NO_SANDBOX_VARIABLE = 'LAYERBENCH_ALLOW_NO_SANDBOX';

/**
 * @typedef {{ open: true, args: string[], notice: string | null } | { open: false }} SandboxDecision
 * open: whether a window (Electron or Chromium) may be started; args: the extra flags it needs;
 * notice: the sentence to print before starting it, set whenever the sandbox is off. When no
 * window may open, the caller serves the app and prints rootRefusal(url).
 */

/**
 * @param {{ platform: string, isRoot: boolean, allowNoSandbox: string | undefined, browser: 'Electron' | 'Chromium' }} input
 * @returns {SandboxDecision}
 */
export function sandboxDecision({ platform, isRoot, allowNoSandbox, browser }) {
  if (platform !== 'linux' || !isRoot) return { open: true, args: [], notice: null };
  if (allowNoSandbox === '1') {
    return {
      open: true,
      args: ['--no-sandbox'],
      notice: `Running as root: Chromium's sandbox cannot run for root, so Layerbench starts ${browser} with --no-sandbox (${ALLOW_NO_SANDBOX_VARIABLE}=1). Run as a normal user to keep the sandbox.`,
    };
  }
  return { open: false };
}

/**
 * The sentence for root without the opt-in: where the app is, and the ways to a window.
 * @param {string} url
 */
export function rootRefusal(url) {
  return `Running as root: Chromium's sandbox cannot run for root, so Layerbench opens no window and only serves the app (Ctrl+C stops it): open ${url} in a browser running as a normal user, or run npm start as a normal user (${ALLOW_NO_SANDBOX_VARIABLE}=1 opens a window without the sandbox).`;
}
