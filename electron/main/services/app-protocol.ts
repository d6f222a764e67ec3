/**
 * The `app://layerbench/` scheme that serves the built renderer (out/renderer) to the window.
 * A custom privileged scheme instead of file:// gives the page a real origin (a secure context,
 * so WebGPU is available) and lets every response carry the Content-Security-Policy header and
 * the cross-origin isolation headers (CROSS_ORIGIN_ISOLATION).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'layerbench';
/** Compare origins with `originOf` (trusted-url.ts): Node's URL gives "null" as the origin of custom schemes. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The meta tag in src/ui/index.html holds the same policy without `blob:` in script-src; the
 * header also covers frame-ancestors and the workers. A document obeys both (so the window runs
 * no blob: script); a worker obeys only its script's header, and blob: workers inherit their
 * creator's: tfjs' threaded WebAssembly starts each thread as a blob: worker that importScripts a
 * blob: of the backend's code, which script-src must allow.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Makes the window and its workers cross-origin isolated (`crossOriginIsolated` true), which is
 * what gives them SharedArrayBuffer and so tfjs' threaded WebAssembly build. `require-corp` costs
 * nothing here: everything the app loads is its own (scripts, workers, wasm, fonts, samples) or a
 * blob:/data: URL, none of which COEP blocks. CORP marks our own responses as same-origin only.
 * Same values in scripts/serve-renderer.mjs and the dev server (electron.vite.config.ts).
 */
export const CROSS_ORIGIN_ISOLATION: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // tfjs-backend-wasm compiles with instantiateStreaming, which insists on this exact type.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppUrlResolution =
  | { readonly ok: true; readonly filePath: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

/**
 * Maps an `app://layerbench/<path>` URL to a file under `root`, or says why it may not.
 * Pure (no file system access): decoding and containment are checked here, existence by the caller.
 */
export function resolveAppUrl(url: string, root: string): AppUrlResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { ok: false, status: 403, reason: `foreign origin ${parsed.protocol}//${parsed.host}` };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  // Backslashes are separators on Windows and NUL truncates paths in some APIs: neither has a use here.
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { ok: false, status: 400, reason: 'forbidden character in path' };
  }
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const rootDir = resolve(root);
  const filePath = resolve(rootDir, relative);
  if (!filePath.startsWith(rootDir + sep)) {
    return { ok: false, status: 403, reason: 'path leaves the renderer folder' };
  }
  return { ok: true, filePath };
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...CROSS_ORIGIN_ISOLATION,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/** Answers one request of the app scheme from files under `root` (wired to protocol.handle in main). */
export async function serveAppRequest(url: string, root: string): Promise<Response> {
  const resolution = resolveAppUrl(url, root);
  if (!resolution.ok) {
    return new Response(resolution.reason, { status: resolution.status, headers: securityHeaders('text/plain; charset=utf-8') });
  }
  try {
    const info = await stat(resolution.filePath);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(resolution.filePath);
    return new Response(body, { status: 200, headers: securityHeaders(mimeTypeFor(resolution.filePath)) });
  } catch {
    return new Response('not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
  }
}
