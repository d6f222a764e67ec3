/**
 * CSV ingest on files that are not all numbers (bench/csv-ingest.ts is the numeric one):
 * 600,000 rows of a sensor recording, generated in the temp folder, parsed with parseCsvBytes
 * from a file stream; prints MB/s, peak RSS and the kind each column got.
 *
 *   npx tsx bench/csv-ingest-columns.ts sensors   # ISO time stamp, recording id (3,000 ids in runs), 6 numbers, a label
 *   npx tsx bench/csv-ingest-columns.ts unique    # a text id different on every row, 6 numbers, a label
 *   npx tsx bench/csv-ingest-columns.ts excel     # m/d/yyyy h:mm:ss AM/PM time stamps, recording id, 6 numbers, a label
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvBytes } from '../src/core/data/csv';
import { createRng } from '../src/core/random';

const ROWS = 600_000;
const RECORDING_ROWS = 200;
const variant = process.argv[2] ?? 'sensors';
if (!['sensors', 'unique', 'excel'].includes(variant)) throw new Error(`unknown variant ${variant}`);
const file = join(tmpdir(), `layerbench-bench-${variant}-${ROWS}.csv`);

function excelTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

async function generate(): Promise<void> {
  const random = createRng(7);
  const out = createWriteStream(file);
  const first = variant === 'unique' ? ['event'] : ['timestamp', 'recording'];
  out.write([...first, 'ax', 'ay', 'az', 'gx', 'gy', 'gz', 'activity'].join(',') + '\n');
  let buffer = '';
  const start = Date.UTC(2024, 2, 1, 10);
  for (let r = 0; r < ROWS; r++) {
    const recording = Math.floor(r / RECORDING_ROWS);
    const t = start + recording * 3_600_000 + (r % RECORDING_ROWS) * 20;
    const cells: string[] = variant === 'unique'
      ? [`evt-${Math.floor(random() * 0xffffffff).toString(16)}-${r}`]
      : [variant === 'excel' ? excelTime(t) : new Date(t).toISOString(), `rec-${String(recording).padStart(4, '0')}`];
    for (let c = 0; c < 6; c++) cells.push(((random() - 0.5) * 20).toFixed(4));
    cells.push(['walk', 'run', 'sit', 'stand'][recording % 4] as string);
    buffer += cells.join(',') + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

if (!existsSync(file)) {
  console.log(`generating ${file} …`);
  await generate();
}
const sizeBytes = statSync(file).size;
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const ds = await parseCsvBytes(createReadStream(file), { name: 'bench.csv', sizeBytes });
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
const cpu = process.cpuUsage(cpu0);
const mb = sizeBytes / 1e6;
console.log(`file: ${file}, ${mb.toFixed(1)} MB, ${ds.rowCount} rows`);
console.log(`parseCsv (${variant}): ${seconds.toFixed(2)} s wall, ${(mb / seconds).toFixed(1)} MB/s ` +
  `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s); RSS before ${(before / 1e6).toFixed(0)} MB, peak ${(peak / 1e6).toFixed(0)} MB, ` +
  `(peak-before)/file ${((peak - before) / sizeBytes).toFixed(2)}`);
console.log(`columns: ${ds.columns.map((c) => `${c.name}=${c.kind}${c.kind === 'text' ? `(${c.role}${c.codes ? ', codes' : ''})` : ''}`).join(' ')}`);
