/**
 * How fast and how lean is CSV ingest? Generates a ~100 MB CSV (600,000 rows: 18 numeric
 * columns, one 4-level category, one numeric target) in the temp folder, parses it with
 * parseCsvBytes from a file's bytes (encoding detected and decoded as the app and the CLI do), and prints MB/s and peak RSS over the file size.
 *
 *   npx tsx bench/csv-ingest.ts            # our parser
 *   npx tsx bench/csv-ingest.ts --naive    # also papaparse header + dynamicTyping + step, for comparison
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseCsvBytes } from '../src/core/data/csv';

const ROWS = 600_000;
const NUMERIC = 18;
const CATEGORIES = ['alpha', 'beta', 'gamma', 'delta'];
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

async function ours(sizeBytes: number): Promise<void> {
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
  const mb = sizeBytes / 1e6;
  console.log(`parseCsvBytes: ${seconds.toFixed(2)} s wall, ${(mb / seconds).toFixed(1)} MB/s (CPU ${cpuSeconds.toFixed(2)} s, ` +
    `${(mb / cpuSeconds).toFixed(1)} MB/CPU-s); rows ${ds.rowCount} (progress saw ${lastRows}); kinds ${ds.columns.map((c) => c.kind[0]).join('')}`);
  console.log(`            RSS before ${(before / 1e6).toFixed(0)} MB, peak ${(peakRss / 1e6).toFixed(0)} MB: ` +
    `peak/file ${(peakRss / sizeBytes).toFixed(2)}, (peak-before)/file ${((peakRss - before) / sizeBytes).toFixed(2)}`);
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
await ours(sizeBytes);
if (process.argv.includes('--naive')) await naive(sizeBytes);
