import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/main/security';
import { appOrigins } from '../../../electron/main/services/trusted-url';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, fn: Listener) => void listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => void (openHandler = fn),
  };
  const fire = (name: string, url: string): boolean => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => void (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('keeps navigation inside the app and blocks webviews', () => {
    const opened: string[] = [];
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { allowedOrigins: appOrigins(), openExternal: (u) => void opened.push(u) });
    expect(fire('will-navigate', 'app://layerbench/index.html')).toBe(false);
    expect(fire('will-navigate', 'https://keras.io/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-attach-webview', 'app://layerbench/index.html')).toBe(true);
    expect(opened).toEqual([]);
  });

  it('denies every new window and sends only trusted https links to the browser', () => {
    const opened: string[] = [];
    const { contents, open } = fakeContents();
    hardenWebContents(contents, { allowedOrigins: appOrigins(), openExternal: (u) => void opened.push(u) });
    expect(open('https://keras.io/api/layers/')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://layerbench/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://keras.io/api/layers/']);
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks by default', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void) | null = null;
    let check: ((c: unknown, p: string, origin: string) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => void (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => void (check = fn),
    } as unknown as Session;
    hardenSession(session, { allowedOrigins: appOrigins() });
    const answers: boolean[] = [];
    request!(null, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://layerbench/index.html' });
    request!(null, 'clipboard-sanitized-write', (ok) => answers.push(ok), { requestingUrl: 'https://evil.example/' });
    request!(null, 'clipboard-sanitized-write', (ok) => answers.push(ok), { requestingUrl: 'app://layerbench/index.html' });
    expect(answers).toEqual([false, false, true]);
    expect(check!(null, 'geolocation', 'app://layerbench')).toBe(false);
    expect(check!(null, 'clipboard-sanitized-write', 'app://layerbench')).toBe(true);
  });
});
