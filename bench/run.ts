/**
 * `npm run bench`: the performance figures we report, measured, never asserted by tests.
 * - CSV ingest: a generated ~100 MB CSV through parseCsv (MB/s, peak RSS / file size), and naive papaparse.
 * - Training throughput in Node: the reference MLP through our trainModel vs a bare model.fit,
 *   on cpu, wasm and webgpu (Dawn; SwiftShader where there is no GPU driver).
 * Writes the results as JSON to .tmp/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const SWIFTSHADER = '/usr/lib/chromium/vk_swiftshader_icd.json';

function run(script: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) process.stderr.write(result.stderr);
  return result.stdout;
}

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

console.log('CSV ingest (600,000 rows × 20 columns, ~100 MB):');
const ingest = run('bench/csv-ingest.ts', ['--naive']);
process.stdout.write(ingest.replace(/^/gm, '  '));
results.csvIngest = ingest.trim().split('\n');

console.log('\nTraining throughput, reference MLP 16-64-64-3, 4,096 rows, batch 64 (samples/s):');
const lines = run('bench/train-throughput.ts', ['cpu', 'wasm']).split('\n');
const webgpuEnv: Record<string, string> = existsSync(SWIFTSHADER) && !process.env.VK_ICD_FILENAMES
  ? { LD_LIBRARY_PATH: '/usr/lib/chromium', VK_ICD_FILENAMES: SWIFTSHADER }
  : {};
lines.push(...run('bench/train-throughput.ts', ['webgpu'], webgpuEnv).split('\n'));
const rows = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
console.log(`  ${'backend'.padEnd(8)} ${'ours'.padStart(9)} ${'bare fit'.padStart(9)} ${'ours/bare'.padStart(9)}`);
for (const r of rows) {
  if (r.error) console.log(`  ${String(r.backend).padEnd(8)} ${String(r.error)}`);
  else console.log(`  ${String(r.backend).padEnd(8)} ${String(r.ours).padStart(9)} ${String(r.bare).padStart(9)} ${String(r.ratio).padStart(9)}`);
}
if ('VK_ICD_FILENAMES' in webgpuEnv) console.log('  (webgpu ran on SwiftShader: a software emulation, no GPU here)');
results.training = rows;

mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/bench.json', JSON.stringify(results, null, 2));
console.log('\nWritten to .tmp/bench.json');
