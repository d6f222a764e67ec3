#!/usr/bin/env node
/**
 * Serves the built renderer (out/renderer) on http://127.0.0.1:PORT: a secure context (so WebGPU
 * exists), correct MIME types (application/wasm for tfjs' wasm backend), the app's CSP header and
 * the cross-origin isolation headers (SharedArrayBuffer, so tfjs' threaded WebAssembly).
 * Used by scripts/start.mjs (the Chromium fallback) and as Playwright's webServer:
 *   PORT=4173 node scripts/serve-renderer.mjs      (default port 4173; run `npm run build` first)
 * The port is part of the page's origin, and the browser keeps saved experiments (IndexedDB) per
 * origin, so a busy port is an error, never a quiet move to the next one.
 * A small server of our own rather than `vite preview`, whose SIGTERM handler exits the process
 * before the launcher can close Chromium and remove its profile folder.
 * The types and the policy mirror electron/main/services/app-protocol.ts; change both together.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const rendererDir = join(projectRoot, 'out', 'renderer');

// script-src has blob: for tfjs' WebAssembly threads (see app-protocol.ts); the window's meta tag does not.
const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' blob:; worker-src 'self' blob:; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' blob: data:; font-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * On every response, errors included: the page and its workers are cross-origin isolated
 * (`crossOriginIsolated`), which gives them SharedArrayBuffer and so tfjs' threaded WebAssembly.
 * Everything the app loads is its own or a blob:/data: URL, which `require-corp` does not block.
 */
export const CROSS_ORIGIN_ISOLATION = Object.freeze({
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.csv': 'text/csv; charset=utf-8', '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
};

/** The file under `root` that a request path names, or null when it would leave `root`. */
function fileFor(root, rawPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const filePath = resolve(root, relative);
  return filePath.startsWith(root + sep) ? filePath : null;
}

export const DEFAULT_PORT = 4173;

/** The sentence for a busy port; `code` is EADDRINUSE, as Node's own error has it. */
export class PortInUseError extends Error {
  /** @param {number} port */
  constructor(port) {
    super(`Port ${port} is in use — maybe Layerbench is already open at http://127.0.0.1:${port}. Close it or set PORT=… (your saved experiments live with the port you use).`);
    this.name = 'PortInUseError';
    this.code = 'EADDRINUSE';
    this.port = port;
  }
}

/**
 * The port PORT names, or 4173 when it is unset or empty.
 * @param {string | undefined} value
 */
export function portFromEnv(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535; it is "${value}".`);
  }
  return port;
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...CROSS_ORIGIN_ISOLATION });
  res.end(text);
}

/**
 * Starts the server. A busy port rejects with PortInUseError; strictPort false (for the bench,
 * whose pages keep nothing) moves on to the next free one instead.
 * @param {{ port?: number, strictPort?: boolean, root?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveRenderer({ port = DEFAULT_PORT, strictPort = true, root: rootOption = rendererDir } = {}) {
  const root = resolve(rootOption);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} is missing: run "npm run build" first.`);
  }
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    const filePath = fileFor(root, req.url ?? '/');
    if (!filePath) return send(res, 403, 'forbidden');
    const info = await stat(filePath).catch(() => null);
    if (!info?.isFile()) return send(res, 404, 'not found');
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      ...CROSS_ORIGIN_ISOLATION,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(filePath).on('error', () => res.destroy()).pipe(res);
  });
  for (let candidate = port; ; candidate += 1) {
    try {
      await new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(candidate, '127.0.0.1', () => {
          server.off('error', fail);
          ok();
        });
      });
      break;
    } catch (err) {
      if (err?.code !== 'EADDRINUSE') throw err;
      if (strictPort) throw new PortInUseError(candidate);
      if (candidate - port >= 20) throw err;
    }
  }
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  const close = () => new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
  return { url, close };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    const { url, close } = await serveRenderer({ port: portFromEnv(process.env.PORT), strictPort: true });
    console.log(`Layerbench renderer served at ${url}`);
    const stop = () => void close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
