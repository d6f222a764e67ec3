/**
 * How fast and how lean is the sequences kind? Builds typed datasets in memory (no CSV) and times:
 *   - prepare, grouped: 40,000 rows × 8 columns (recording_id, timestamp, activity, 5 channels),
 *     200 recordings of 150–250 steps → (None, 200, 5);
 *   - prepare, windows: 40,000 rows × 8 columns of one long recording (time, state, 6 channels),
 *     windows of 64 every 32 rows → (None, 64, 6);
 *   - detectSequences on 600,000 rows × 20 columns (it runs after every CSV load; goal < 100 ms):
 *     recordings in blocks of 200 rows, one long labelled recording, and a plain table.
 *   - from CSV text: the same 40,000 grouped rows written as a CSV (ISO time stamps), parsed,
 *     detected and prepared, as the app does between a drop and the Shape step's shape;
 * For each: the median wall time of 5 runs after one warm-up; for prepare also the float32 size of
 * the encoded arrays and how much array-buffer memory one prepare leaves behind (run node with
 * --expose-gc for a steadier figure).
 *
 *   npx tsx bench/sequence-encode.ts
 *   node --expose-gc --import tsx bench/sequence-encode.ts
 */
import type { CategoryColumn, Column, DateTimeColumn, NumberColumn, TypedDataset } from '../src/core/data/types';
import { parseCsvText } from '../src/core/data/csv';
import { msg } from '../src/core/i18n/message';
import { createRng } from '../src/core/random';
import { detectSequences } from '../src/core/sources/sequences/detect';
import { sequencesKind } from '../src/core/sources/sequences/kind';
import type { SequencePlan } from '../src/core/sources/sequences/types';
import { inMemory } from '../src/core/train/sample-reader';

/** A column's reason, which the bench never shows. */
const NO_REASON = msg('common.internalError');

function base(name: string, index: number, missing = 0) {
  return { name, index, missing, distinct: 0, distinctCapped: true, histogram: [], reason: NO_REASON };
}

function numbers(name: string, index: number, values: Float64Array, integer = false): NumberColumn {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
  }
  return { ...base(name, index), kind: 'number', values, min, max, mean: sum / values.length, std: 1, integer, strayCells: [], strayCount: 0 };
}

function categories(name: string, index: number, labels: readonly string[], codes: Int32Array): CategoryColumn {
  const counts = new Array<number>(labels.length).fill(0);
  for (const c of codes) counts[c]!++;
  return { ...base(name, index), distinct: labels.length, distinctCapped: false, kind: 'category', codes, categories: labels, counts };
}

function times(name: string, index: number, values: Float64Array): DateTimeColumn {
  return { ...base(name, index), kind: 'datetime', values, min: values[0]!, max: values[values.length - 1]!, format: msg('data.datetime.family', { family: 'isoTime' }), hasTime: true };
}

function table(name: string, rowCount: number, columns: Column[]): TypedDataset {
  return { name, sizeBytes: 0, rowCount, columns, delimiter: ',', preview: [], suggestedExclusions: [], warnings: [] };
}

const T0 = Date.UTC(2024, 4, 14, 8, 0, 0);

function groupedSet(rows: number): TypedDataset {
  const rng = createRng(7);
  const ids = new Int32Array(rows);
  const stamp = new Float64Array(rows);
  const label = new Int32Array(rows);
  const channels = Array.from({ length: 5 }, () => new Float64Array(rows));
  const names: string[] = [];
  let r = 0;
  for (let row = 0; row < rows; r++) {
    names.push(`rec-${String(r + 1).padStart(3, '0')}`);
    const n = Math.min(rows - row, 150 + Math.floor(rng() * 101));
    for (let k = 0; k < n; k++, row++) {
      ids[row] = r;
      stamp[row] = T0 + r * 3_600_000 + k * 20;
      label[row] = r % 4;
      channels.forEach((c, f) => (c[row] = (r % 4) + Math.sin(k / (f + 2)) + rng() * 0.1));
    }
  }
  return table('grouped-bench.csv', rows, [
    categories('recording_id', 0, names, ids),
    times('timestamp', 1, stamp),
    categories('activity', 2, ['walk', 'run', 'sit', 'stand'], label),
    ...channels.map((c, f) => numbers(`ch${f + 1}`, 3 + f, c)),
  ]);
}

function windowsSet(rows: number): TypedDataset {
  const rng = createRng(8);
  const stamp = Float64Array.from({ length: rows }, (_, i) => T0 + i * 1000);
  const state = Int32Array.from({ length: rows }, (_, i) => Math.floor(i / 300) % 3);
  const channels = Array.from({ length: 6 }, (_, f) => Float64Array.from({ length: rows }, (_, i) => state[i]! + Math.cos(i / (f + 3)) + rng() * 0.1));
  return table('windows-bench.csv', rows, [times('time', 0, stamp), categories('state', 1, ['idle', 'busy', 'fault'], state), ...channels.map((c, f) => numbers(`s${f + 1}`, 2 + f, c))]);
}

function wideSet(rows: number): TypedDataset {
  const rng = createRng(9);
  const columns: Column[] = [];
  const ids = Int32Array.from({ length: rows }, (_, i) => Math.floor(i / 200));
  const names = Array.from({ length: Math.ceil(rows / 200) }, (_, r) => `r${r}`);
  columns.push(categories('recording_id', 0, names, ids));
  columns.push(times('timestamp', 1, Float64Array.from({ length: rows }, (_, i) => T0 + i * 20)));
  columns.push(categories('activity', 2, ['a', 'b', 'c'], Int32Array.from(ids, (r) => r % 3)));
  for (let f = 3; f < 20; f++) columns.push(numbers(`x${f}`, f, Float64Array.from({ length: rows }, () => rng())));
  return table('wide-bench.csv', rows, columns);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Full collections until array-buffer memory stops moving: one gc() leaves backing stores for later. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function benchPrepare(label: string, ds: TypedDataset, plan: SequencePlan): Promise<void> {
  const opts = { testFraction: 0.2, seed: 1 };
  await sequencesKind.prepare(ds, plan, opts); // warm-up
  const times: number[] = [];
  let unit = '';
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    unit = (await sequencesKind.prepare(ds, plan, opts)).unit;
    times.push(performance.now() - t0);
  }
  // What one prepare keeps: array-buffer memory after collections, with and without its result held.
  await settle();
  const before = process.memoryUsage().arrayBuffers;
  const kept = await sequencesKind.prepare(ds, plan, opts);
  await settle();
  const after = process.memoryUsage().arrayBuffers;
  const e = kept.encoded;
  const trainX = inMemory(e.trainX);
  const testX = inMemory(e.testX);
  const float32 = (trainX.length + testX.length + e.trainY.length + e.testY.length + e.trainTarget.length + e.testTarget.length) * 4;
  const held = globalThis.gc ? `, held after prepare ${mb(after - before)} (${((after - before) / float32).toFixed(2)}× the float32 size)` : ' (run node with --expose-gc for the memory held)';
  console.log(
    `${label}: ${ds.rowCount.toLocaleString('en-US')} rows × ${ds.columns.length} columns → (None, ${e.inputShape.slice(1).join(', ')}), ` +
      `${e.trainRows} train + ${e.testRows} test ${unit}; median ${median(times).toFixed(1)} ms (5 runs); encoded float32 ${mb(float32)}${held}`,
  );
}

const grouped = groupedSet(40_000);
const groupedPlan = sequencesKind.proposePlan({ dataset: grouped, detection: detectSequences(grouped) }).plan;
await benchPrepare('prepare grouped', grouped, groupedPlan);
const windows = windowsSet(40_000);
const windowsPlan = sequencesKind.proposePlan({ dataset: windows, detection: detectSequences(windows) }).plan;
await benchPrepare('prepare windows', windows, { ...windowsPlan, length: 64, stride: 32 });

function plainSet(rows: number): TypedDataset {
  const rng = createRng(10);
  const columns: Column[] = [];
  for (let f = 0; f < 18; f++) columns.push(numbers(`x${f + 1}`, f, Float64Array.from({ length: rows }, () => rng() * 200 - 100)));
  columns.push(categories('group', 18, ['alpha', 'beta', 'gamma', 'delta'], Int32Array.from({ length: rows }, () => Math.floor(rng() * 4))));
  columns.push(numbers('target', 19, Float64Array.from({ length: rows }, () => rng() * 10)));
  return table('plain-bench.csv', rows, columns);
}

function longSet(rows: number): TypedDataset {
  const rng = createRng(11);
  const columns: Column[] = [times('time', 0, Float64Array.from({ length: rows }, (_, i) => T0 + i * 1000))];
  columns.push(categories('state', 1, ['idle', 'busy', 'fault'], Int32Array.from({ length: rows }, (_, i) => Math.floor(i / 300) % 3)));
  for (let f = 2; f < 20; f++) columns.push(numbers(`s${f}`, f, Float64Array.from({ length: rows }, () => rng())));
  return table('long-bench.csv', rows, columns);
}

for (const [label, ds] of [['recordings', wideSet(600_000)], ['one long recording', longSet(600_000)], ['plain table', plainSet(600_000)]] as const) {
  detectSequences(ds);
  const detectTimes: number[] = [];
  let detection = detectSequences(ds);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    detection = detectSequences(ds);
    detectTimes.push(performance.now() - t0);
  }
  console.log(
    `detectSequences (${label}): 600,000 rows × 20 columns, median ${median(detectTimes).toFixed(1)} ms (5 runs); ` +
      `${detection.proposal?.plan.layout ?? 'no proposal'}, likely ${String(detection.likely)}`,
  );
}

/** The grouped set as the CSV a user would have: id, ISO time stamp, label and 5 channels with 4 decimals. */
function groupedCsv(ds: TypedDataset): string {
  const [id, stamp, label, ...channels] = ds.columns as [CategoryColumn, DateTimeColumn, CategoryColumn, ...NumberColumn[]];
  const lines = [ds.columns.map((c) => c.name).join(',')];
  for (let r = 0; r < ds.rowCount; r++) {
    const cells = [id.categories[id.codes[r]!]!, new Date(stamp.values[r]!).toISOString(), label.categories[label.codes[r]!]!];
    for (const c of channels) cells.push(c.values[r]!.toFixed(4));
    lines.push(cells.join(','));
  }
  return lines.join('\n');
}

const csv = groupedCsv(grouped);
const fromCsv: number[] = [];
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  const parsed = await parseCsvText(csv, 'grouped-bench.csv');
  const summary = { dataset: parsed, detection: detectSequences(parsed) };
  const plan = sequencesKind.proposePlan(summary).plan;
  await sequencesKind.prepare(parsed, plan, { testFraction: 0.2, seed: 1 });
  if (i > 0) fromCsv.push(performance.now() - t0); // the first run warms up
}
console.log(
  `from CSV text: ${grouped.rowCount.toLocaleString('en-US')} rows × ${grouped.columns.length} columns (${mb(csv.length)}) parsed, detected and prepared, ` +
    `median ${median(fromCsv).toFixed(0)} ms (5 runs)`,
);
