import { describe, expect, it } from 'vitest';
import { rootRefusal, sandboxDecision } from '../../scripts/sandbox-policy.mjs';

describe('sandboxDecision', () => {
  it('keeps the sandbox and says nothing for a normal user, and on macOS and Windows', () => {
    expect(sandboxDecision({ platform: 'linux', isRoot: false, keepSandbox: undefined, browser: 'Electron' })).toEqual({ open: true, args: [], notice: null });
    expect(sandboxDecision({ platform: 'darwin', isRoot: true, keepSandbox: undefined, browser: 'Electron' })).toEqual({ open: true, args: [], notice: null });
    expect(sandboxDecision({ platform: 'win32', isRoot: false, keepSandbox: '1', browser: 'Chromium' })).toEqual({ open: true, args: [], notice: null });
  });

  it('as root on Linux, turns the sandbox off only with one sentence saying why', () => {
    for (const keepSandbox of [undefined, '', '0', 'true']) {
      expect(sandboxDecision({ platform: 'linux', isRoot: true, keepSandbox, browser: 'Electron' })).toEqual({
        open: true,
        args: ['--no-sandbox'],
        notice: "Running as root: Chromium's sandbox cannot run for root, so Layerbench starts Electron with --no-sandbox; run npm start as a normal user to keep the sandbox (or set LAYERBENCH_KEEP_SANDBOX=1 to only serve the app).",
      });
    }
    const chromium = sandboxDecision({ platform: 'linux', isRoot: true, keepSandbox: undefined, browser: 'Chromium' });
    expect(chromium.open && chromium.notice).toContain('starts Chromium with --no-sandbox');
  });

  it('as root with LAYERBENCH_KEEP_SANDBOX=1, opens no window', () => {
    expect(sandboxDecision({ platform: 'linux', isRoot: true, keepSandbox: '1', browser: 'Electron' })).toEqual({ open: false });
  });
});

describe('rootRefusal', () => {
  it('says where the app is served and that no window opens', () => {
    const sentence = rootRefusal('http://127.0.0.1:4173/');
    expect(sentence).toContain('open http://127.0.0.1:4173/ in a browser running as a normal user');
    expect(sentence.startsWith('Running as root with LAYERBENCH_KEEP_SANDBOX=1')).toBe(true);
  });
});
