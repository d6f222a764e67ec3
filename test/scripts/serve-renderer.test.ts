import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, PortInUseError, portFromEnv, serveRenderer } from '../../scripts/serve-renderer.mjs';

// A copy of the script in a project of its own, so it serves a stand-in build (out/renderer)
// whether or not this checkout has been built.
const project = mkdtempSync(join(tmpdir(), 'layerbench-serve-'));
const script = join(project, 'scripts', 'serve-renderer.mjs');
const rendererRoot = join(project, 'out', 'renderer');
let busy: Server;
let busyPort: number;

beforeAll(async () => {
  mkdirSync(join(project, 'scripts'));
  mkdirSync(rendererRoot, { recursive: true });
  copyFileSync(resolve(__dirname, '../../scripts/serve-renderer.mjs'), script);
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Layerbench</title>');
  busy = createServer();
  await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
  const address = busy.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  busyPort = address.port;
});
afterAll(async () => {
  await new Promise((done) => busy.close(done));
  rmSync(project, { recursive: true, force: true });
});

const SENTENCE = (port: number): string =>
  `Port ${port} is in use — maybe Layerbench is already open at http://127.0.0.1:${port}. Close it or set PORT=… (your saved experiments live with the port you use).`;

function runScript(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A server that did start is stopped, so a wrong result ends the test instead of hanging it.
    const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('serve-renderer.mjs on a busy port', () => {
  it('exits with 1 and the sentence, instead of moving to another origin', async () => {
    const result = await runScript({ PORT: String(busyPort) });
    expect(result.stderr.trim()).toBe(SENTENCE(busyPort));
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
  });

  it('serveRenderer rejects with PortInUseError by default, and moves on only when asked (the bench)', async () => {
    const refused = await serveRenderer({ port: busyPort, root: rendererRoot }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(PortInUseError);
    expect((refused as PortInUseError).message).toBe(SENTENCE(busyPort));
    expect((refused as PortInUseError).code).toBe('EADDRINUSE');

    const moved = await serveRenderer({ port: busyPort, root: rendererRoot, strictPort: false });
    try {
      expect(moved.url).not.toBe(`http://127.0.0.1:${busyPort}/`);
    } finally {
      await moved.close();
    }
  });

  it('serves on a free port and says where', async () => {
    const free = await serveRenderer({ port: 0, root: rendererRoot });
    const port = Number(new URL(free.url).port);
    await free.close();
    const child = spawn(process.execPath, [script], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((done) => child.stdout.once('data', (chunk: Buffer) => done(chunk.toString())));
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    expect(line.trim()).toBe(`Layerbench renderer served at http://127.0.0.1:${port}/`);
  });
});

describe('serve-renderer.mjs headers', () => {
  it('makes the page cross-origin isolated: COOP, COEP and CORP on files and on errors', async () => {
    writeFileSync(join(rendererRoot, 'worker.js'), 'self.postMessage(1);');
    const server = await serveRenderer({ port: 0, root: rendererRoot });
    try {
      const answers = await Promise.all(['index.html', 'worker.js', 'missing.wasm'].map((path) => fetch(`${server.url}${path}`)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 404]);
      for (const answer of answers) {
        expect(answer.headers.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(answer.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
        expect(answer.headers.get('cross-origin-resource-policy')).toBe('same-origin');
        await answer.arrayBuffer();
      }
    } finally {
      await server.close();
    }
  });
});

describe('portFromEnv', () => {
  it('takes PORT as given, 4173 when unset, and refuses anything that is not a port', () => {
    expect(portFromEnv(undefined)).toBe(DEFAULT_PORT);
    expect(portFromEnv('')).toBe(4173);
    expect(portFromEnv('4319')).toBe(4319);
    for (const bad of ['abc', '0', '65536', '41.5', '-1']) {
      expect(() => portFromEnv(bad)).toThrow(`PORT must be a whole number from 1 to 65535; it is "${bad}".`);
    }
  });
});
