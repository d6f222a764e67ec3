/**
 * Whether `npm start` may open a window, and with which sandbox flags. Chromium (and so
 * Electron) will not start its sandbox for the root user on Linux; the only way to open a window
 * as root is --no-sandbox, which lets a compromised page run code with root's rights. As root,
 * `npm start` still opens the app (the README's first command must work on a fresh machine) but
 * never silently: it says in one sentence that the sandbox is off and why.
 * LAYERBENCH_KEEP_SANDBOX=1 opens no window instead and only serves the app, for a browser
 * running as a normal user.
 */

export const KEEP_SANDBOX_VARIABLE = 'LAYERBENCH_KEEP_SANDBOX';

/**
 * @typedef {{ open: true, args: string[], notice: string | null } | { open: false }} SandboxDecision
 * open: whether a window (Electron or Chromium) may be started; args: the extra flags it needs;
 * notice: the sentence to print before starting it, set whenever the sandbox is off. When no
 * window may open, the caller serves the app and prints rootRefusal(url).
 */

/**
 * @param {{ platform: string, isRoot: boolean, keepSandbox: string | undefined, browser: 'Electron' | 'Chromium' }} input
 * @returns {SandboxDecision}
 */
export function sandboxDecision({ platform, isRoot, keepSandbox, browser }) {
  if (platform !== 'linux' || !isRoot) return { open: true, args: [], notice: null };
  if (keepSandbox === '1') return { open: false };
  return {
    open: true,
    args: ['--no-sandbox'],
    notice: `Running as root: Chromium's sandbox cannot run for root, so Layerbench starts ${browser} with --no-sandbox; run npm start as a normal user to keep the sandbox (or set ${KEEP_SANDBOX_VARIABLE}=1 to only serve the app).`,
  };
}

/**
 * The sentence for root with LAYERBENCH_KEEP_SANDBOX=1: where the app is, and no window.
 * @param {string} url
 */
export function rootRefusal(url) {
  return `Running as root with ${KEEP_SANDBOX_VARIABLE}=1: Chromium's sandbox cannot run for root, so Layerbench opens no window and only serves the app (Ctrl+C stops it): open ${url} in a browser running as a normal user.`;
}
