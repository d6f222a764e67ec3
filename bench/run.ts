/**
 * `npm run bench`: the performance figures we report, measured, never asserted by tests.
 * - CSV ingest: a generated ~100 MB CSV through parseCsvBytes, decoded as the app and the CLI read files (MB/s, peak RSS / file size),
 *   pandas read_csv + float32 on the same file (bench/pandas_reference.py, in a virtual environment under .tmp), and naive papaparse;
 *   and three 600,000-row files with time stamps and text ids (csv-ingest-columns.ts).
 * - Sequences: 40,000 rows × 8 columns prepared as recordings and as windows, from memory and from
 *   CSV text, with the memory they keep; detection on 600,000-row files (sequence-encode.ts).
 * - Training throughput in Node for the reference MLP and CNN (reference-models.ts): our trainModel
 *   vs a bare model.fit on cpu, wasm and webgpu (Dawn; SwiftShader where there is no GPU driver),
 *   the backend our automatic choice (measureBackends) picks and its throughput over the best one.
 * - The same in Chromium (bench/chromium.ts), in a Web Worker as the app trains: webgpu, webgl,
 *   wasm and cpu, and the backend the app's automatic choice picks there.
 * - PyTorch on the CPU for the same two models, with its default threads (the cores) and 1 thread, from a
 *   virtual environment under .tmp (python-venv.ts), and our wasm over PyTorch on the same number of cores.
 * - Images larger than memory: the reference CNN on a PNG folder read from disk in batches vs kept
 *   in memory, and the CLI's peak RSS for one epoch of 30,000 colour images (image-stream.ts).
 * Ours and bare are timed in interleaved pairs, many of them where they are fast (throughput-core.ts);
 * the ratio is the median of the pairs' ratios (pairs.ts).
 * Writes the results as JSON to .tmp/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { pythonEnv } from './python-venv';
import { REFERENCE_MODELS } from './reference-models';

const SWIFTSHADER = '/usr/lib/chromium/vk_swiftshader_icd.json';
const BACKENDS = ['cpu', 'wasm', 'webgpu'];

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  // stderr passes through: the children say there what they are measuring.
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 15 * 60_000, stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) process.stderr.write(`${command} ${args.join(' ')} failed (${String(result.status ?? result.signal)})\n`);
  return result.stdout ?? '';
}

const runTs = (script: string, args: string[], env: Record<string, string> = {}): string =>
  run(process.execPath, ['--import', 'tsx', script, ...args], env);

function jsonLines(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The automatic choice's throughput (ours) over the best measured; null when it was not measured. */
function overBest(rows: readonly Record<string, unknown>[], pick: Record<string, unknown> | undefined): number | null {
  const best = Math.max(...rows.map((r) => (typeof r.ours === 'number' ? r.ours : 0)));
  const picked = rows.find((r) => r.backend === pick?.pick);
  return typeof picked?.ours === 'number' && best > 0 ? Number((picked.ours / best).toFixed(3)) : null;
}

const quartiles = (r: Record<string, unknown>): string =>
  Array.isArray(r.ratioQuartiles) ? r.ratioQuartiles.map((q) => Number(q).toFixed(2)).join('–') : '–';

const fmt = (n: unknown): string => (typeof n === 'number' ? Math.round(n).toLocaleString('en-US') : '–');

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, platform: `${process.platform} ${process.arch}` };

console.log('CSV ingest (600,000 rows × 20 columns, ~100 MB):');
const ingest = runTs('bench/csv-ingest.ts', ['--pandas', '--naive']);
process.stdout.write(ingest.replace(/^/gm, '  '));
results.csvIngest = ingest.trim().split('\n');

console.log('\nCSV ingest of files that are not all numbers (600,000 rows):');
const ingestColumns: Record<string, string[]> = {};
for (const variant of ['sensors', 'excel', 'unique']) {
  const lines = runTs('bench/csv-ingest-columns.ts', [variant]);
  process.stdout.write(lines.replace(/^/gm, '  '));
  ingestColumns[variant] = lines.trim().split('\n');
}
results.csvIngestColumns = ingestColumns;

console.log('\nSequences: rows → (None, steps, features), and detection after a load:');
const sequences = run(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/sequence-encode.ts']);
process.stdout.write(sequences.replace(/^/gm, '  '));
results.sequences = sequences.trim().split('\n');

// Dawn reads the Vulkan driver's location only at process start: the training children get it.
const swiftShader = existsSync(SWIFTSHADER) && !process.env.VK_ICD_FILENAMES;
const webgpuEnv: Record<string, string> = swiftShader ? { LD_LIBRARY_PATH: '/usr/lib/chromium', VK_ICD_FILENAMES: SWIFTSHADER } : {};

// PyTorch from pip (CPU wheels) in .tmp/bench-torch, installed on the first bench: Debian's python3-torch is 1.13.
const torchEnv = pythonEnv('bench-torch', ['torch'], ['torch']);
const torch = 'python' in torchEnv ? jsonLines(run(torchEnv.python, ['bench/torch_reference.py'])) : [];
results.pytorchCpu = 'python' in torchEnv ? torch : `not measured: ${torchEnv.skip}`;

/** Our wasm rows over PyTorch on as many threads (tfjs' wasm in Node runs on 1 unless a row says `threads`). */
function overTorch(rows: readonly Record<string, unknown>[], model: string): Record<string, unknown>[] {
  return rows
    .filter((r) => String(r.backend).startsWith('wasm') && typeof r.ours === 'number')
    .flatMap((r) => {
      const threads = typeof r.threads === 'number' ? r.threads : 1;
      const t = torch.find((l) => l.model === model && l.threads === threads);
      return t && typeof t.samplesPerSecond === 'number' ? [{ backend: r.backend, threads, ours: r.ours, pytorch: t.samplesPerSecond, ratio: Number(((r.ours as number) / t.samplesPerSecond).toFixed(3)) }] : [];
    });
}

const training: Record<string, unknown>[] = [];
for (const model of REFERENCE_MODELS) {
  console.log(`\nTraining throughput, ${model.title}, batch 64, Adam (samples/s):`);
  const lines = jsonLines(runTs('bench/train-throughput.ts', [model.name, ...BACKENDS], webgpuEnv));
  const rows = lines.filter((l) => 'backend' in l);
  const pick = lines.find((l) => 'pick' in l);
  const head = ['ours', 'bare fit', 'ours/bare', 'quartiles', 'pairs', 'ours/CPU-s', 'bare/CPU-s', 'ratio CPU'];
  console.log(`  ${'backend'.padEnd(22)} ${head.map((h) => h.padStart(11)).join(' ')}`);
  for (const r of rows) {
    const name = r.backend === 'webgpu' && swiftShader ? 'webgpu (SwiftShader)' : String(r.backend);
    if (r.error) {
      console.log(`  ${name.padEnd(22)} ${String(r.error)}`);
      continue;
    }
    const cells = [fmt(r.ours), fmt(r.bare), String(r.ratio), quartiles(r), String(r.pairs), fmt(r.oursPerCpuSecond), fmt(r.barePerCpuSecond), String(r.cpuRatio)];
    const cut = typeof r.timedRows === 'number' && r.timedRows < model.rows ? `  (timed on ${fmt(r.timedRows)} rows)` : '';
    console.log(`  ${name.padEnd(22)} ${cells.map((c) => c.padStart(11)).join(' ')}${cut}`);
  }
  const torchRows = torch.filter((l) => l.model === model.name);
  for (const t of torchRows) {
    const cells = ['', fmt(t.samplesPerSecond), '', '', '', '', fmt(t.samplesPerCpuSecond), ''];
    const label = `PyTorch ${String(t.torch).split('+')[0]} (${String(t.threads)} thr.)`;
    console.log(`  ${label.padEnd(22)} ${cells.map((c) => c.padStart(11)).join(' ')}`);
  }
  if (torchRows.length === 0) console.log(`  PyTorch CPU: ${String(results.pytorchCpu)}`);
  const vsTorch = overTorch(rows, model.name);
  for (const v of vsTorch) {
    console.log(`  ${String(v.backend)} ours / PyTorch on ${String(v.threads)} thread(s): ${String(v.ratio)} (${fmt(v.ours)} vs ${fmt(v.pytorch)} samples/s)`);
  }
  const pickedOverBest = overBest(rows, pick);
  if (pick) {
    console.log(`  automatic choice: ${String(pick.pick)} (measured in ${String(pick.measureSeconds)} s); its throughput over the best: ${String(pickedOverBest)}`);
    console.log(`  says: “${String(pick.reason)}”`);
  }
  training.push({ model: model.name, title: model.title, rows, pick: pick ?? null, pickedOverBest, pytorchCpu: torchRows, oursOverPytorch: vsTorch });
}
console.log('\nMedians over interleaved pairs of runs (bare and ours back to back); ours/bare is the median of the pairs\' ratios, quartiles the middle half of them.');
console.log('samples/s by the wall clock; /CPU-s = per CPU-second of the training process, which other load on the machine barely changes.');
if (swiftShader) console.log('(webgpu ran on SwiftShader: a software emulation of a GPU; no GPU here. The real-GPU column is not measured.)');
results.training = training;

console.log('\nIn Chromium, in a Web Worker as the app trains (samples/s by the wall clock; /CPU-s per CPU-second of all the browser\'s processes):');
const browserLines = jsonLines(runTs('bench/chromium.ts', REFERENCE_MODELS.map((m) => m.name)));
const chromiumInfo = browserLines.find((l) => 'chromium' in l);
const chromiumResults: Record<string, unknown>[] = [];
if (!chromiumInfo || chromiumInfo.chromium === null) {
  console.log(`  not measured: ${String(chromiumInfo?.error ?? 'the Chromium bench did not run')}`);
} else {
  for (const model of REFERENCE_MODELS) {
    const adapter = browserLines.find((l) => l.model === model.name && 'adapter' in l)?.adapter;
    const rows = browserLines.filter((l) => l.model === model.name && 'backend' in l);
    const pick = browserLines.find((l) => l.model === model.name && 'pick' in l);
    console.log(`  ${model.title} (Chromium ${String(chromiumInfo.chromium)}; WebGPU adapter: ${String(adapter)})`);
    console.log(`    ${'backend'.padEnd(20)} ${['ours', 'bare fit', 'ours/bare', 'quartiles', 'pairs', 'ours/CPU-s', 'bare/CPU-s', 'ratio CPU'].map((h) => h.padStart(11)).join(' ')}`);
    for (const r of rows) {
      const cut = typeof r.timedRows === 'number' && r.timedRows < model.rows ? `  (timed on ${fmt(r.timedRows)} rows)` : '';
      const cells = r.error
        ? [String(r.error)]
        : [fmt(r.ours), fmt(r.bare), String(r.ratio), quartiles(r), String(r.pairs), fmt(r.oursPerCpuSecond), fmt(r.barePerCpuSecond), String(r.cpuRatio)].map((c) => c.padStart(11));
      console.log(`    ${String(r.backend).padEnd(20)} ${cells.join(' ')}${cut}`);
    }
    const pickedOverBest = overBest(rows, pick);
    if (pick) {
      console.log(`    automatic choice (among webgpu, webgl, wasm, as the app): ${String(pick.pick)}; its throughput over the best: ${String(pickedOverBest)}`);
      console.log(`    says: “${String(pick.reason)}”`);
    }
    chromiumResults.push({ model: model.name, adapter, rows, pick: pick ?? null, pickedOverBest });
  }
}
results.chromium = { version: chromiumInfo?.chromium ?? null, training: chromiumResults };

console.log('\nImages larger than memory (bench/image-stream.ts): the reference CNN read from disk in batches vs kept in memory; the CLI\'s peak memory on 30,000 colour images:');
const imageLines = jsonLines(runTs('bench/image-stream.ts', ['throughput']) + runTs('bench/image-stream.ts', ['rss']));
for (const l of imageLines) {
  if (l.measure === 'throughput') console.log(`  ${String(l.mode).padEnd(10)} round ${String(l.round)}: ${fmt(l.imagesPerSecond)} images/s, ${fmt(l.imagesPerCpuSecond)}/CPU-s (${fmt(l.trainImages)} training images; prepared in ${String(l.prepareSeconds)} s)`);
  else if (l.measure === 'throughput-ratio') console.log(`  streamed/in-memory: ${String(l.streamedOverInMemory)}, per CPU-second ${String(l.streamedOverInMemoryPerCpuSecond)} (medians of the rounds; goal ≥ 0.8)`);
  else if (l.error) console.log(`  ${String(l.error)}`);
  else console.log(`  CLI, one epoch, ${String(l.mode)}: peak RSS ${fmt(l.peakRssMb)} MB, ${String(l.wallSeconds)} s (decoded, the images would take ${fmt(l.decodedMb)} MB)`);
}
results.imagesLargerThanMemory = imageLines;

mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/bench.json', JSON.stringify(results, null, 2));
console.log('\nWritten to .tmp/bench.json');
