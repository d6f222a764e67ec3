/** What the Chromium bench page and its worker say to each other. */
import type { PickRow, ThroughputRow } from '../throughput-core';

export interface BenchRequest {
  readonly model: 'mlp' | 'cnn';
  readonly backends: readonly ('webgpu' | 'webgl' | 'wasm' | 'cpu')[];
  /**
   * WebAssembly only, beside the app's (one thread per core): `single`, tfjs' build without
   * threads, as before the page was cross-origin isolated; `tfjsCount`, tfjs' own count (CPUs / 2).
   */
  readonly wasmThreads?: 'single' | 'tfjsCount';
}

/** Worker → page. `cpu-time?` asks the page for the browser's CPU seconds so far (see main.ts). */
export type BenchMessage =
  | { readonly type: 'log'; readonly text: string }
  | { readonly type: 'row'; readonly row: ThroughputRow }
  | { readonly type: 'pick'; readonly row: PickRow }
  | { readonly type: 'adapter'; readonly text: string }
  | { readonly type: 'cpu-time?'; readonly id: number }
  | { readonly type: 'done' };

/** Page → worker. */
export type PageMessage =
  | { readonly type: 'start'; readonly request: BenchRequest }
  | { readonly type: 'cpu-time'; readonly id: number; readonly seconds: number | null };
