/**
 * Images larger than memory: what reading them from disk in batches costs and saves.
 *
 *   npx tsx bench/image-stream.ts throughput [count = 3000] [side = 28]
 *     The reference CNN (reference-models.ts, 28×28×1; its last layer cut to the set's 3 classes)
 *     trained through our pipeline on a generated PNG folder (image-set.ts), with the decoded
 *     images kept in memory (--image-cache-mb large enough) and read from disk in batches (0),
 *     in 5 interleaved rounds on WebAssembly after an untimed warm-up. Throughput is training
 *     images per second over the epochs after the first, by the wall clock and per CPU-second of
 *     the process; streamed/in-memory is the median of the rounds' ratios. Validation is off, so
 *     an epoch is only training.
 *   npx tsx bench/image-stream.ts rss [count = 30000] [side = 64]
 *     The built CLI (out/cli, `npm run build`) trains one epoch of the colour folder, streamed
 *     (the default budget) and cached (a budget the decoded set fits in), under /usr/bin/time -v:
 *     its peak resident memory and wall time. The model is a small CNN (spec below) so that the
 *     epoch takes a minute or two on a CPU; the memory the data takes does not depend on it.
 * Prints JSON lines; folders are generated once under .tmp/bench-images/ and kept.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateImageSet, IMAGE_SET_CLASSES } from './image-set';

const ROOT = resolve('.tmp/bench-images');
const CLI = resolve('bin/layerbench.mjs');
const CLI_BUNDLE = resolve('out/cli/layerbench.mjs');
/** A budget every set of this bench fits in: 8 GB. */
const BIG_BUDGET_MB = 8192;

const print = (line: object): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** The folder of `count` images of `side` pixels, generated when it is missing or incomplete. */
export function imageSet(count: number, side: number): string {
  const folder = join(ROOT, `stripes-${count}-${side}`);
  const have = existsSync(folder) ? IMAGE_SET_CLASSES.reduce((n, c) => n + (existsSync(join(folder, c)) ? readdirSync(join(folder, c)).length : 0), 0) : 0;
  if (have !== count) {
    say(`generating ${count.toLocaleString('en-US')} images of ${side}×${side} in ${folder}…`);
    mkdirSync(ROOT, { recursive: true });
    generateImageSet(folder, count, side);
  }
  return folder;
}

/** /usr/bin/time -v's report → peak resident set in bytes and wall seconds. */
export function parseTimeReport(text: string): { peakRssBytes: number | null; wallSeconds: number | null } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(text);
  const wallSeconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : null;
  return { peakRssBytes: rss ? Number(rss[1]) * 1024 : null, wallSeconds };
}

async function throughput(count: number, side: number): Promise<void> {
  const { runThroughputRounds } = await import('./image-stream-train');
  const folder = imageSet(count, side);
  for (const line of await runThroughputRounds(folder, { rounds: 5, epochs: 3, budgetMb: BIG_BUDGET_MB })) print(line);
}

/** A small CNN for 64×64×3 → 3 classes: the data's memory, not the model's, is what is measured. */
const RSS_MODEL = {
  inputShape: [64, 64, 3],
  layers: [
    { type: 'conv2d', filters: 8, kernelSize: 3, strides: 2, activation: 'relu' },
    { type: 'maxPooling2d', poolSize: 2 },
    { type: 'conv2d', filters: 16, kernelSize: 3, activation: 'relu' },
    { type: 'globalAveragePooling2d' },
    { type: 'dense', units: 3, activation: 'softmax' },
  ],
};

function rss(count: number, side: number): void {
  if (!existsSync(CLI_BUNDLE)) {
    print({ measure: 'rss', error: 'not measured: the CLI is not built (npm run build)' });
    return;
  }
  if (!existsSync('/usr/bin/time')) {
    print({ measure: 'rss', error: 'not measured: /usr/bin/time is missing (apt-get install time)' });
    return;
  }
  const folder = imageSet(count, side);
  const spec = join(ROOT, 'rss-model.json');
  writeFileSync(spec, `${JSON.stringify({ ...RSS_MODEL, inputShape: [side, side, 3] })}\n`);
  const streamingFlag = cliHasImageCacheFlag();
  const modes: { mode: string; args: string[] }[] = streamingFlag
    ? [
        { mode: 'streamed (default budget)', args: [] },
        { mode: 'cached', args: ['--image-cache-mb', String(BIG_BUDGET_MB)] },
      ]
    : [{ mode: 'in memory (this CLI has no --image-cache-mb)', args: [] }];
  for (const { mode, args } of modes) {
    say(`CLI, one epoch of ${count.toLocaleString('en-US')} images of ${side}×${side}, ${mode}…`);
    const argv = [process.execPath, CLI, 'train', folder, '--epochs', '1', '--model', spec, '--json', ...args];
    const run = spawnSync('/usr/bin/time', ['-v', ...argv], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000 });
    const report = parseTimeReport(run.stderr ?? '');
    const json = (run.stdout ?? '').split('\n').reverse().find((l) => l.startsWith('{'));
    const result = json ? (JSON.parse(json) as Record<string, unknown>) : null;
    print({
      measure: 'rss',
      mode,
      images: count,
      side,
      exit: run.status,
      peakRssMb: report.peakRssBytes === null ? null : Math.round(report.peakRssBytes / 1024 / 1024),
      wallSeconds: report.wallSeconds,
      decodedMb: Math.round((count * side * side * 3 * 4) / 1024 / 1024),
      ...(result && typeof result.imageMemory === 'object' ? { imageMemory: result.imageMemory } : {}),
      ...(run.status !== 0 ? { stderrTail: (run.stderr ?? '').slice(-600) } : {}),
    });
  }
}

function cliHasImageCacheFlag(): boolean {
  const help = spawnSync(process.execPath, [CLI, 'train', '--help'], { encoding: 'utf8' });
  return `${help.stdout}${help.stderr}`.includes('--image-cache-mb');
}

const [what = 'throughput', countArg, sideArg] = process.argv.slice(2);
if (what === 'throughput') {
  await throughput(countArg ? Number(countArg) : 3000, sideArg ? Number(sideArg) : 28);
  process.exit(0);
} else if (what === 'rss') {
  rss(countArg ? Number(countArg) : 30_000, sideArg ? Number(sideArg) : 64);
} else {
  say('usage: npx tsx bench/image-stream.ts throughput|rss [count] [side]');
  process.exit(2);
}
