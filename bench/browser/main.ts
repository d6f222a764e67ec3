/** The Chromium bench page: runs one request in a fresh worker and hands back what it measured. */
import type { PickRow, ThroughputRow } from '../throughput-core';
import type { BenchMessage, BenchRequest, PageMessage } from './messages';

export interface BenchResult {
  readonly adapter: string;
  readonly rows: ThroughputRow[];
  readonly pick: PickRow | null;
}

declare global {
  interface Window {
    runBench?: (request: BenchRequest) => Promise<BenchResult>;
    /**
     * CPU seconds of all of the browser's processes so far, given by bench/chromium.ts (which asks
     * the browser through the DevTools protocol): a page cannot tell CPU time itself.
     */
    benchCpuSeconds?: () => Promise<number>;
  }
}

window.runBench = (request) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' });
    const send = (message: PageMessage): void => {
      worker.postMessage(message);
    };
    const rows: ThroughputRow[] = [];
    let pick: PickRow | null = null;
    let adapter = '';
    worker.onmessage = (event: MessageEvent<BenchMessage>) => {
      const message = event.data;
      if (message.type === 'log') console.log(message.text);
      else if (message.type === 'adapter') adapter = message.text;
      else if (message.type === 'row') rows.push(message.row);
      else if (message.type === 'pick') pick = message.row;
      else if (message.type === 'cpu-time?') {
        const ask = window.benchCpuSeconds ?? (() => Promise.resolve(null));
        void ask().then(
          (seconds) => send({ type: 'cpu-time', id: message.id, seconds }),
          () => send({ type: 'cpu-time', id: message.id, seconds: null }),
        );
      } else {
        worker.terminate();
        resolve({ adapter, rows, pick });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the bench worker failed'));
    };
    send({ type: 'start', request });
  });
