/**
 * The in-process half of image-stream.ts: the reference CNN trained through runPipeline on an
 * image folder, as the CLI reads it (openData), with the decoded images kept in memory and read
 * from disk in batches, in interleaved rounds.
 */
import { openData } from '../src/cli/open-data';
import { prepareNodeBackend, requireBackend } from '../src/cli/backends';
import { DEFAULT_SETTINGS, runPipeline } from '../src/core/pipeline/run';
import type { TrainingSettings } from '../src/core/train/types';
import type { LayerSpec } from '../src/core/model/types';
import type { InputMemory } from '../src/core/sources/kind';
import { CNN } from './reference-models';

export interface ModeTiming {
  readonly measure: 'throughput';
  readonly mode: 'in-memory' | 'streamed';
  readonly round: number;
  readonly trainImages: number;
  /** Training images per second over the epochs after the first, by the wall clock. */
  readonly imagesPerSecond: number;
  /** The same per CPU-second of this process (WebAssembly's threads included), which other load on the machine barely moves. */
  readonly imagesPerCpuSecond: number;
  /** Seconds from the start to the end of preparing (decoding, when the images are kept). */
  readonly prepareSeconds: number;
  /** Seconds from the start to the last epoch's end. */
  readonly totalSeconds: number;
  /** What the pipeline reported of the decoded images. */
  readonly imageMemory?: InputMemory;
}

/** The reference CNN with its last layer cut to the folder's classes. */
function cnnLayers(classes: number): LayerSpec[] {
  return CNN.spec.layers.map((l) => (l.type === 'dense' ? { ...l, units: classes } : l));
}

async function timeOne(folder: string, mode: ModeTiming['mode'], round: number, epochs: number, budgetMb: number): Promise<ModeTiming> {
  const data = await openData(folder, { size: { height: 28, width: 28 } });
  if (data.kind !== 'images') throw new Error(`${folder} is not an image folder`);
  const plan = { ...data.proposal.plan, channels: 1 as const };
  const classes = data.summary.index.classes.length;
  const imageCacheMb = mode === 'streamed' ? 0 : budgetMb;
  const settings: TrainingSettings = { ...DEFAULT_SETTINGS, epochs, validationSplit: 0, earlyStoppingPatience: 0, batchSize: 64, imageCacheMb };
  const started = performance.now();
  let preparedAt = started;
  let imageMemory: InputMemory | undefined;
  const ends: number[] = [];
  const cpuEnds: number[] = [];
  const result = await runPipeline(
    { data: { kind: 'images', source: data.source, plan }, model: { layers: cnnLayers(classes) }, settings, linearBaseline: false },
    {
      onPrepared: (p) => {
        preparedAt = performance.now();
        imageMemory = p.imageMemory;
      },
      onEpoch: () => {
        ends.push(performance.now());
        const cpu = process.cpuUsage();
        cpuEnds.push((cpu.user + cpu.system) / 1e6);
      },
    },
  );
  const trainImages = result.prepared.encoded.trainRows;
  result.model.dispose();
  const timedSeconds = ((ends[ends.length - 1] as number) - (ends[0] as number)) / 1000;
  const timedCpuSeconds = (cpuEnds[cpuEnds.length - 1] as number) - (cpuEnds[0] as number);
  return {
    measure: 'throughput',
    mode,
    round,
    trainImages,
    imagesPerSecond: Math.round(((ends.length - 1) * trainImages) / timedSeconds),
    imagesPerCpuSecond: Math.round(((ends.length - 1) * trainImages) / timedCpuSeconds),
    prepareSeconds: Number(((preparedAt - started) / 1000).toFixed(2)),
    totalSeconds: Number((((ends[ends.length - 1] as number) - started) / 1000).toFixed(2)),
    ...(imageMemory !== undefined ? { imageMemory } : {}),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds of (in-memory, streamed), then one summary line: the median ratio streamed/in-memory. */
export async function runThroughputRounds(folder: string, opts: { rounds: number; epochs: number; budgetMb: number }): Promise<object[]> {
  if ((await prepareNodeBackend('wasm')) !== null) throw new Error('the wasm backend was handed to a child process');
  await requireBackend('wasm');
  // One untimed epoch first: the backend's kernels compile and the files enter the page cache.
  process.stderr.write('warm-up…\n');
  await timeOne(folder, 'in-memory', 0, 2, opts.budgetMb);
  const lines: ModeTiming[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let round = 1; round <= opts.rounds; round++) {
    process.stderr.write(`round ${round}: in memory…\n`);
    const kept = await timeOne(folder, 'in-memory', round, opts.epochs, opts.budgetMb);
    process.stderr.write(`round ${round}: streamed…\n`);
    const streamed = await timeOne(folder, 'streamed', round, opts.epochs, opts.budgetMb);
    lines.push(kept, streamed);
    ratios.push(streamed.imagesPerSecond / kept.imagesPerSecond);
    cpuRatios.push(streamed.imagesPerCpuSecond / kept.imagesPerCpuSecond);
  }
  const round3 = (values: readonly number[]): number[] => values.map((r) => Number(r.toFixed(3)));
  return [
    ...lines,
    {
      measure: 'throughput-ratio',
      backend: 'wasm',
      folder,
      ratios: round3(ratios),
      streamedOverInMemory: Number(median(ratios).toFixed(3)),
      cpuRatios: round3(cpuRatios),
      streamedOverInMemoryPerCpuSecond: Number(median(cpuRatios).toFixed(3)),
    },
  ];
}
