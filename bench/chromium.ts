/**
 * The Chromium half of `npm run bench`: builds bench/browser with Vite, serves it on 127.0.0.1
 * (a secure context, so WebGPU exists) with the app's CSP and COOP/COEP (cross-origin isolated, so
 * WebAssembly gets its threads; wasm, one thread per core as the app, is also timed without threads and with tfjs' count), and runs each reference model in a
 * Web Worker in Chromium, as the app trains, on webgpu, webgl, wasm and cpu.
 *
 *   node --import tsx bench/chromium.ts mlp cnn
 * Prints JSON lines: {chromium, adapter}, then per model the rows and the pick of throughput-core.ts.
 * CPU seconds are those of all the browser's processes (the GPU process, which runs SwiftShader,
 * included), asked of the browser through the DevTools protocol.
 * Where there is no GPU, Chromium runs WebGPU and WebGL on SwiftShader (software); with
 * BENCH_GPU=1 it is started without the SwiftShader switches, to use the machine's GPU.
 * BENCH_BACKENDS=webgpu,webgl narrows it to some backends.
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { build } from 'vite';
import { serveRenderer } from '../scripts/serve-renderer.mjs';
import { findChromium, HEADLESS_ARGS, WEBGPU_ARGS } from '../test/e2e/browser';
import type { BenchRequest } from './browser/messages';

const ALL_BACKENDS: BenchRequest['backends'] = ['webgpu', 'webgl', 'wasm', 'cpu'];
/** BENCH_BACKENDS=webgpu,wasm narrows the run (to look at one figure again). */
const BACKENDS = process.env.BENCH_BACKENDS ? ALL_BACKENDS.filter((b) => process.env.BENCH_BACKENDS?.split(',').includes(b)) : ALL_BACKENDS;
const models = process.argv.slice(2).filter((m): m is BenchRequest['model'] => m === 'mlp' || m === 'cnn');

const print = (line: object): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

const executablePath = findChromium();
if (!executablePath) {
  print({ chromium: null, error: 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)' });
  process.exit(0);
}

const outDir = resolve('.tmp/bench-browser');
await build({
  configFile: false,
  root: resolve('bench/browser'),
  logLevel: 'warn',
  worker: { format: 'es' },
  // Not minified, as the app's renderer: tfjs hands its threads the factory's source text
  // (Function.prototype.toString), which minifying breaks ("e is not defined" in each thread).
  build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8000, minify: false },
});
const server = await serveRenderer({ root: outDir, port: 4460, strictPort: false });
const gpuArgs = process.env.BENCH_GPU === '1' ? ['--enable-unsafe-webgpu', '--enable-features=Vulkan'] : WEBGPU_ARGS;
const browser = await chromium.launch({ executablePath, args: [...HEADLESS_ARGS, ...gpuArgs] });
try {
  const cdp = await browser.newBrowserCDPSession();
  const page = await browser.newPage();
  // The page cannot tell CPU time; the browser can, per process (10 ms resolution).
  await page.exposeFunction('benchCpuSeconds', async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  });
  page.on('console', (message) => process.stderr.write(`${message.text()}\n`));
  await page.goto(`${server.url}index.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  print({ chromium: browser.version(), crossOriginIsolated: await page.evaluate(() => self.crossOriginIsolated) });
  for (const model of models) {
    const result = await page.evaluate((request) => {
      if (!window.runBench) throw new Error('the bench page did not load');
      return window.runBench(request);
    }, { model, backends: BACKENDS });
    print({ model, adapter: result.adapter });
    for (const row of result.rows) print(row);
    if (result.pick) print(result.pick);
    // Side by side with the app's wasm row above (one thread per core), each in a fresh worker:
    // tfjs' build without threads, and tfjs' own count of threads (CPUs / 2).
    for (const wasmThreads of BACKENDS.includes('wasm') ? (['single', 'tfjsCount'] as const) : []) {
      const extra = await page.evaluate((request) => {
        if (!window.runBench) throw new Error('the bench page did not load');
        return window.runBench(request);
      }, { model, backends: ['wasm'] as BenchRequest['backends'], wasmThreads });
      for (const row of extra.rows) print(row);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
