import { describe, expect, it } from 'vitest';
import { rootRefusal, sandboxDecision } from '../../scripts/sandbox-policy.mjs';

describe('sandboxDecision', () => {
  it('keeps the sandbox and says nothing for a normal user, and on macOS and Windows', () => {
    expect(sandboxDecision({ platform: 'linux', isRoot: false, allowNoSandbox: '1', browser: 'Electron' })).toEqual({ open: true, args: [], notice: null });
    expect(sandboxDecision({ platform: 'darwin', isRoot: true, allowNoSandbox: undefined, browser: 'Electron' })).toEqual({ open: true, args: [], notice: null });
    expect(sandboxDecision({ platform: 'win32', isRoot: false, allowNoSandbox: undefined, browser: 'Chromium' })).toEqual({ open: true, args: [], notice: null });
  });

  it('opens no window as root on Linux unless LAYERBENCH_ALLOW_NO_SANDBOX=1', () => {
    for (const allowNoSandbox of [undefined, '', '0', 'true', 'yes']) {
      expect(sandboxDecision({ platform: 'linux', isRoot: true, allowNoSandbox, browser: 'Electron' })).toEqual({ open: false });
      expect(sandboxDecision({ platform: 'linux', isRoot: true, allowNoSandbox, browser: 'Chromium' })).toEqual({ open: false });
    }
  });

  it('with the opt-in, turns the sandbox off and says why in one sentence', () => {
    expect(sandboxDecision({ platform: 'linux', isRoot: true, allowNoSandbox: '1', browser: 'Electron' })).toEqual({
      open: true,
      args: ['--no-sandbox'],
      notice: "Running as root: Chromium's sandbox cannot run for root, so Layerbench starts Electron with --no-sandbox (LAYERBENCH_ALLOW_NO_SANDBOX=1). Run as a normal user to keep the sandbox.",
    });
    const chromium = sandboxDecision({ platform: 'linux', isRoot: true, allowNoSandbox: '1', browser: 'Chromium' });
    expect(chromium.open && chromium.notice).toContain('starts Chromium with --no-sandbox');
  });
});

describe('rootRefusal', () => {
  it('says where the app is served and how to get a window', () => {
    const sentence = rootRefusal('http://127.0.0.1:4173/');
    expect(sentence).toContain('open http://127.0.0.1:4173/ in a browser running as a normal user');
    expect(sentence).toContain('LAYERBENCH_ALLOW_NO_SANDBOX=1');
    expect(sentence.startsWith("Running as root: Chromium's sandbox cannot run for root")).toBe(true);
  });
});
