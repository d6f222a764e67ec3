/** What the Chromium bench page and its worker say to each other. */
import type { PickRow, ThroughputRow } from '../throughput-core';

export interface BenchRequest {
  readonly model: 'mlp' | 'cnn';
  readonly backends: readonly ('webgpu' | 'webgl' | 'wasm' | 'cpu')[];
}

export type BenchMessage =
  | { readonly type: 'log'; readonly text: string }
  | { readonly type: 'row'; readonly row: ThroughputRow }
  | { readonly type: 'pick'; readonly row: PickRow }
  | { readonly type: 'adapter'; readonly text: string }
  | { readonly type: 'done' };
