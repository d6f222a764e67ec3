import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CROSS_ORIGIN_ISOLATION, mimeTypeFor, resolveAppUrl, serveAppRequest } from '../../../../electron/main/services/app-protocol';
import { CROSS_ORIGIN_ISOLATION as SERVER_ISOLATION } from '../../../../scripts/serve-renderer.mjs';

const root = resolve('/srv/renderer');

describe('resolveAppUrl', () => {
  it('maps the root to index.html and paths below it to files', () => {
    expect(resolveAppUrl('app://layerbench/', root)).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(resolveAppUrl('app://layerbench/assets/index-abc.js?v=1#x', root)).toEqual({ ok: true, filePath: join(root, 'assets', 'index-abc.js') });
    expect(resolveAppUrl('app://layerbench/samples/iris%20flowers.csv', root)).toEqual({ ok: true, filePath: join(root, 'samples', 'iris flowers.csv') });
  });

  it('rejects other origins and schemes', () => {
    expect(resolveAppUrl('app://other/index.html', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppUrl('file:///etc/passwd', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppUrl('https://layerbench/index.html', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppUrl('not a url', root)).toMatchObject({ ok: false, status: 400 });
  });

  it('rejects path traversal, however it is spelled', () => {
    // Literal and %2e dot segments are normalised away by the URL parser and stay inside the root...
    expect(resolveAppUrl('app://layerbench/../../etc/passwd', root)).toEqual({ ok: true, filePath: join(root, 'etc', 'passwd') });
    expect(resolveAppUrl('app://layerbench/%2e%2e/%2e%2e/etc/passwd', root)).toEqual({ ok: true, filePath: join(root, 'etc', 'passwd') });
    // ...but an encoded slash only becomes a separator after decoding, so containment must catch it.
    expect(resolveAppUrl('app://layerbench/..%2f..%2fetc%2fpasswd', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppUrl('app://layerbench/assets/..%2F..%2F..%2Fsecret', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppUrl('app://layerbench/..%5c..%5csecret', root)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppUrl('app://layerbench/index.html%00.png', root)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppUrl('app://layerbench/%E0%A4%A', root)).toMatchObject({ ok: false, status: 400 });
    // A sibling folder whose name starts like the root is still outside it.
    expect(resolveAppUrl('app://layerbench/..%2frenderer-secrets%2fkey', root)).toMatchObject({ ok: false, status: 403 });
  });
});

describe('mimeTypeFor', () => {
  it('gives wasm its exact type and a safe default', () => {
    expect(mimeTypeFor('/x/tfjs-backend-wasm-simd.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/data.csv')).toBe('text/csv; charset=utf-8');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'layerbench-protocol-'));
    mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'renderer', 'assets', 'm.wasm'), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(dir, 'secret.txt'), 'secret');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves files with their type and the CSP header', async () => {
    const res = await serveAppRequest('app://layerbench/', join(dir, 'renderer'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('<!doctype html><title>t</title>');

    const wasm = await serveAppRequest('app://layerbench/assets/m.wasm', join(dir, 'renderer'));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('answers 404 for missing files and folders, 403 for a file outside the root', async () => {
    expect((await serveAppRequest('app://layerbench/nope.js', join(dir, 'renderer'))).status).toBe(404);
    expect((await serveAppRequest('app://layerbench/assets', join(dir, 'renderer'))).status).toBe(404);
    const escape = await serveAppRequest('app://layerbench/..%2fsecret.txt', join(dir, 'renderer'));
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain('secret\n');
  });

  it('makes the page cross-origin isolated: COOP and COEP on every response, errors included', async () => {
    const root = join(dir, 'renderer');
    const responses = await Promise.all(
      ['app://layerbench/', 'app://layerbench/assets/m.wasm', 'app://layerbench/nope.js', 'app://layerbench/..%2fsecret.txt', 'https://x/'].map((url) =>
        serveAppRequest(url, root),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404, 403, 403]);
    for (const res of responses) {
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    }
    expect(CROSS_ORIGIN_ISOLATION).toEqual({
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });

  it('sends the same isolation headers as the browser build’s server', () => {
    expect(CROSS_ORIGIN_ISOLATION).toEqual(SERVER_ISOLATION);
  });

  it('declares the policy the brief asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; connect-src 'self' blob: data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});
