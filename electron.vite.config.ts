import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { CROSS_ORIGIN_ISOLATION } from './electron/main/services/app-protocol';

// Three build inputs (electron-vite's "Customizing Project Structure"): electron/main,
// electron/preload and the renderer in src/ui. The renderer is also served on its own
// (vite preview on 127.0.0.1) for Chromium, so it must not depend on Electron.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve('electron/preload/index.ts') },
      // A sandboxed preload must be CommonJS.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src/ui'),
    // Samples are served at /samples/… to the browser host and bundled for Electron.
    publicDir: resolve('resources'),
    plugins: [react()],
    worker: { format: 'es' },
    // Cross-origin isolated as the built app is (electron/main/services/app-protocol.ts): tfjs'
    // threaded WebAssembly needs SharedArrayBuffer.
    server: { host: '127.0.0.1', headers: CROSS_ORIGIN_ISOLATION },
    preview: { host: '127.0.0.1', headers: CROSS_ORIGIN_ISOLATION },
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      target: 'es2022',
      // electron-vite's default, stated: tfjs hands its WebAssembly threads the factory's source
      // text (Function.prototype.toString), which minifying breaks (test/e2e/wasm-threads.spec.ts).
      minify: false,
      rollupOptions: { input: resolve('src/ui/index.html') },
    },
  },
});
