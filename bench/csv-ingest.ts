/**
 * How fast and how lean is CSV ingest? Generates a ~100 MB CSV (600,000 rows: 18 numeric
 * columns, one 4-level category, one numeric target) in the temp folder, parses it with
 * parseCsvBytes from a file's bytes (encoding detected and decoded as the app and the CLI do), and prints MB/s and peak RSS over the file size.
 * Ours is timed best of RUNS (the first run is a fresh process's, JIT warm-up included); the peak
 * RSS is the first run's, over the RSS before it.
 *
 *   npx tsx bench/csv-ingest.ts            # our parser
 *   npx tsx bench/csv-ingest.ts --naive    # also papaparse header + dynamicTyping + step, for comparison
 *   npx tsx bench/csv-ingest.ts --pandas   # also pandas read_csv + float32 on the same file (bench/pandas_reference.py)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseCsvBytes } from '../src/core/data/csv';
import { pythonEnv } from './python-venv';

const ROWS = 600_000;
const NUMERIC = 18;
const CATEGORIES = ['alpha', 'beta', 'gamma', 'delta'];
const RUNS = 3;
const file = join(tmpdir(), `layerbench-bench-${ROWS}.csv`);

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(): Promise<void> {
  const random = rng(42);
  const out = createWriteStream(file);
  const header = [...Array.from({ length: NUMERIC }, (_, i) => `x${i + 1}`), 'group', 'target'];
  out.write(header.join(',') + '\n');
  let buffer = '';
  for (let r = 0; r < ROWS; r++) {
    const cells: string[] = [];
    let target = 0;
    for (let c = 0; c < NUMERIC; c++) {
      const v = (random() - 0.5) * 200;
      target += v * ((c % 3) - 1);
      cells.push(v.toFixed(4));
    }
    cells.push(CATEGORIES[Math.floor(random() * 4)] as string, (target / 10).toFixed(4));
    buffer += cells.join(',') + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

function trackPeakRss(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

interface Run {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

async function oursOnce(sizeBytes: number, first: boolean): Promise<Run> {
  const before = process.memoryUsage().rss;
  const peak = trackPeakRss();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let lastRows = 0;
  const ds = await parseCsvBytes(createReadStream(file), { name: 'bench.csv', sizeBytes }, {}, (p) => {
    lastRows = p.rows;
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRss = peak.stop();
  if (first) {
    console.log(`            first run: rows ${ds.rowCount} (progress saw ${lastRows}); kinds ${ds.columns.map((c) => c.kind[0]).join('')}; ` +
      `RSS before ${(before / 1e6).toFixed(0)} MB, peak ${(peakRss / 1e6).toFixed(0)} MB: ` +
      `peak/file ${(peakRss / sizeBytes).toFixed(2)}, (peak-before)/file ${((peakRss - before) / sizeBytes).toFixed(2)}`);
  }
  return { seconds, cpuSeconds };
}

async function ours(sizeBytes: number): Promise<number> {
  const runs: Run[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(await oursOnce(sizeBytes, r === 0));
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const mb = sizeBytes / 1e6;
  console.log(`parseCsvBytes: ${best.seconds.toFixed(2)} s wall, ${(mb / best.seconds).toFixed(1)} MB/s (CPU ${best.cpuSeconds.toFixed(2)} s, ` +
    `${(mb / best.cpuSeconds).toFixed(1)} MB/CPU-s), best of ${RUNS}; first run ${(runs[0] as Run).seconds.toFixed(2)} s, ${(mb / (runs[0] as Run).seconds).toFixed(1)} MB/s`);
  return mb / best.seconds;
}

/** pandas on the same file, from its virtual environment (installed once); what it times: bench/pandas_reference.py. */
function pandas(oursMbPerS: number): void {
  const env = pythonEnv('bench-pandas', ['pandas'], ['pandas']);
  if ('skip' in env) {
    console.log(`pandas: not measured (${env.skip})`);
    return;
  }
  const script = new URL('./pandas_reference.py', import.meta.url).pathname;
  const run = spawnSync(env.python, [script, file, '--runs', String(RUNS)], { encoding: 'utf8', timeout: 10 * 60_000 });
  if (run.status !== 0) {
    console.log(`pandas: failed (${(run.stderr || run.error?.message || '').trim().split('\n').slice(-1)[0]})`);
    return;
  }
  const r = JSON.parse(run.stdout.trim().split('\n').pop() as string) as {
    pandas: string; seconds: number; cpuSeconds: number; mbPerS: number; peakOverFile: number; peakAboveBeforeOverFile: number;
  };
  console.log(`pandas ${r.pandas} read_csv + float32 matrix + category codes: ${r.seconds.toFixed(2)} s wall, ${r.mbPerS.toFixed(1)} MB/s ` +
    `(CPU ${r.cpuSeconds.toFixed(2)} s), best of ${RUNS}; peak/file ${r.peakOverFile.toFixed(2)}, (peak-before)/file ${r.peakAboveBeforeOverFile.toFixed(2)}`);
  console.log(`ours / pandas (MB/s, measured back to back): ${(oursMbPerS / r.mbPerS).toFixed(2)}`);
}

async function naive(sizeBytes: number): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
      header: true, dynamicTyping: true,
      step: () => { rows++; },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`naive papa: ${seconds.toFixed(2)} s wall, ${(sizeBytes / 1e6 / seconds).toFixed(1)} MB/s (CPU ${cpuSeconds.toFixed(2)} s, ` +
    `${(sizeBytes / 1e6 / cpuSeconds).toFixed(1)} MB/CPU-s); rows ${rows}`);
}

if (!existsSync(file)) {
  console.log(`generating ${file} …`);
  await generate();
}
const sizeBytes = statSync(file).size;
console.log(`file: ${file}, ${(sizeBytes / 1e6).toFixed(1)} MB, ${ROWS} rows`);
const oursMbPerS = await ours(sizeBytes);
if (process.argv.includes('--pandas')) pandas(oursMbPerS);
if (process.argv.includes('--naive')) await naive(sizeBytes);
