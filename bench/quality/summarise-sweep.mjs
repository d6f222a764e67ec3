// Summarises .tmp/quality/sweep*.jsonl (bench/quality/sweep.ts) against the scikit-learn figures on
// the same splits: per table and candidate, the mean paired difference network − scikit-learn
// (seed by seed) as a Markdown table, then each candidate's mean and worst difference.
//
//   node bench/quality/summarise-sweep.mjs [candidate …]
import { readFileSync, readdirSync } from 'node:fs';

const dir = '.tmp/quality';
const sklearn = JSON.parse(readFileSync(`${dir}/sklearn.json`, 'utf8'));
const lines = readdirSync(dir)
  .filter((f) => /^sweep.*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const metric = (task) => (task === 'classification' ? 'accuracy' : 'r2');
const tables = [...new Set(lines.map((l) => l.table))];
const asked = process.argv.slice(2);
const candidates = asked.length > 0 ? asked : [...new Set(lines.map((l) => l.candidate))];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const signed = (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(3)}`;
const totals = Object.fromEntries(candidates.map((c) => [c, []]));
console.log(`| table | ${candidates.join(' | ')} |`);
console.log(`|---|${candidates.map(() => '---|').join('')}`);
for (const t of tables) {
  const row = [t];
  for (const c of candidates) {
    const runs = lines.filter((l) => l.table === t && l.candidate === c);
    if (runs.length === 0) {
      row.push('–');
      continue;
    }
    const d = mean(runs.map((r) => r.score - sklearn[`${t}/${r.seed}`][metric(r.task)]));
    totals[c].push(d);
    row.push(`${signed(d)} (${Math.round(mean(runs.map((r) => r.epochs)))} ep.)`);
  }
  console.log(`| ${row.join(' | ')} |`);
}
for (const c of candidates) console.log(`${c}: ${totals[c].length} tables, mean ${signed(mean(totals[c]))}, worst ${signed(Math.min(...totals[c]))}`);
