// The figures of docs/quality.md: `layerbench train --json` on every table of tables.mjs with
// each seed, keeping each report and the split it used (--split-out) under .tmp/quality/; then,
// with --report, the table of docs/quality.md from those reports and the scikit-learn figures
// that bench/quality/sklearn-baselines.py computed on the same splits. Not part of any test, and
// `npm run bench` does not call it (it needs Python for the scikit-learn side).
//
//   node bench/quality/run.mjs [--label after] [--cli bin/layerbench.mjs] [--tables a,b] [--seeds 42,1] [--jobs 2]
//   .tmp/py/bin/python bench/quality/sklearn-baselines.py .tmp/quality/runs/after
//   node bench/quality/run.mjs --report before,after
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { SEEDS, TABLES } from './tables.mjs';

const QUALITY = '.tmp/quality';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function runCli(cli, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`${args.join(' ')} → exit ${code}\n${stderr.slice(-2000)}`));
      else resolve(JSON.parse(last));
    });
  });
}

async function train() {
  const label = option('--label', 'after');
  const cli = option('--cli', 'bin/layerbench.mjs');
  const names = option('--tables')?.split(',');
  const seeds = option('--seeds')?.split(',').map(Number) ?? SEEDS;
  const jobs = Number(option('--jobs', '2'));
  mkdirSync(`${QUALITY}/runs/${label}`, { recursive: true });
  mkdirSync(`${QUALITY}/splits`, { recursive: true });
  const work = TABLES.filter((t) => !names || names.includes(t.name)).flatMap((table) => seeds.map((seed) => ({ table, seed })));
  const missing = work.filter(({ table }) => !existsSync(table.file)).map(({ table }) => table.file);
  if (missing.length > 0) throw new Error(`missing ${[...new Set(missing)].join(', ')}: run bench/quality/export-tables.py first`);
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const { table, seed } = work[next++];
      const split = `${QUALITY}/splits/${table.name}-${seed}.json`;
      const report = await runCli(cli, ['train', table.file, '--target', table.target, '--seed', String(seed), '--split-out', split, '--json']);
      writeFileSync(`${QUALITY}/runs/${label}/${table.name}-${seed}.json`, `${JSON.stringify({ table: table.name, seed, file: table.file, report })}\n`);
      const m = report.metrics;
      console.log(`${label} ${table.name} seed ${seed}: ${report.task === 'classification' ? `accuracy ${m.accuracy.toFixed(4)}` : `R² ${m.r2.toFixed(4)}`}, ${report.epochs} epochs (best ${report.bestEpoch}), ${report.model.totalParams} params`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
}

function stats(values) {
  const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return null;
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, present.length - 1));
  return { mean, sd, n: present.length };
}

const cell = (s) => (s === null ? '–' : `${s.mean.toFixed(3)} ± ${s.sd.toFixed(3)}`);

function loadRuns(label) {
  const dir = `${QUALITY}/runs/${label}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
}

/** The linear baseline our engine trained beside the network (`baselines.linear`), when the report has one. */
function linearOf(report) {
  const linear = report.baselines?.linear;
  if (!linear) return undefined;
  return report.task === 'classification' ? linear.accuracy : linear.r2;
}

function report() {
  const labels = option('--report').split(',');
  const sklearn = JSON.parse(readFileSync(`${QUALITY}/sklearn.json`, 'utf8'));
  const runs = Object.fromEntries(labels.map((l) => [l, loadRuns(l)]));
  const last = labels[labels.length - 1];
  const rows = [];
  rows.push(`| table | task, metric | rows | ${labels.map((l) => `network (${l})`).join(' | ')} | our linear | scikit-learn | network − scikit-learn (${last}, paired) | seeds |`);
  rows.push(`|---|---|---|${labels.map(() => '---|').join('')}---|---|---|---|`);
  for (const table of TABLES) {
    const of = (label) => runs[label].filter((r) => r.table === table.name);
    const latest = of(last);
    if (latest.length === 0) continue;
    const task = latest[0].report.task;
    const metric = task === 'classification' ? 'accuracy' : 'r2';
    const seeds = latest.map((r) => r.seed).sort((a, b) => a - b);
    const sk = stats(seeds.map((s) => sklearn[`${table.name}/${s}`]?.[metric]));
    const nets = labels.map((l) => cell(stats(of(l).map((r) => r.report.metrics[metric]))));
    const linear = cell(stats(latest.map((r) => linearOf(r.report))));
    const name = table.sample ? `${table.name} (sample)` : table.name;
    const paired = stats(latest.map((r) => r.report.metrics[metric] - (sklearn[`${table.name}/${r.seed}`]?.[metric] ?? Number.NaN)));
    const signed = paired === null ? '–' : `${paired.mean >= 0 ? '+' : '−'}${Math.abs(paired.mean).toFixed(3)} ± ${paired.sd.toFixed(3)}`;
    rows.push(`| ${name} | ${task}, ${metric === 'r2' ? 'R²' : 'accuracy'} | ${latest[0].report.rows} | ${nets.join(' | ')} | ${linear} | ${cell(sk)} | ${signed} | ${seeds.join(', ')} |`);
  }
  console.log(rows.join('\n'));
}

if (process.argv.includes('--report')) report();
else await train();
