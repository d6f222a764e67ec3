/**
 * `layerbench train`: the app's pipeline (same parsing, typing, encoding, split, default
 * model) driven from the terminal.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../core/errors';
import { parseCsv } from '../core/data/csv';
import type { TypedDataset } from '../core/data/types';
import { planForTarget, proposePlan } from '../core/features/propose';
import { DEFAULT_SETTINGS, proposeModel, runPipeline, type PipelineResult } from '../core/pipeline';
import type { BackendName, TrainingSettings } from '../core/train/types';
import type { TrainArgs } from './args';
import { prepareNodeBackend, requireBackend, settingsFromArgs, preflightHook } from './backends';
import { runImageTrainCommand } from './image-train-command';
import { isImageDataset } from './inspect-command';
import { buildTrainReport, type TrainReport } from './report';
import { exportRun } from './export-files';
import { fingerprintDataset } from '../core/experiment/fingerprint';

export async function loadDatasetFile(file: string): Promise<TypedDataset> {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      throw new AppError({ code: 'cli/is-directory', message: `“${file}” is a folder, not a CSV or TSV file.` });
    }
    size = stat.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({
      code: 'cli/file-not-found',
      message: `Cannot open “${file}”: no such file, or it cannot be read.`,
      detail: err instanceof Error ? err.message : String(err),
    });
  }
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  return parseCsv(stream as AsyncIterable<string>, { name: basename(file), sizeBytes: size });
}

/** Returns the process exit code. */
export async function runTrainCommand(args: TrainArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const images = isImageDataset(args.file);
  const backend: BackendName = args.backend ?? 'wasm';
  const handedOver = await prepareNodeBackend(backend);
  if (handedOver !== null) return handedOver;
  if (images) return runImageTrainCommand(args, print, warn);

  const dataset = await loadDatasetFile(args.file);
  for (const w of dataset.warnings) warn(`Note: ${w.message}`);
  const proposal = args.target === undefined ? proposePlan(dataset) : planForTarget(dataset, args.target);

  const settings: TrainingSettings = settingsFromArgs(args, DEFAULT_SETTINGS);
  const chosen = await requireBackend(backend);
  const started = Date.now();
  let lastPrinted = 0;
  const model = proposeModel({ dataset, plan: proposal.plan, settings });
  const result: PipelineResult = await runPipeline(
    { dataset, plan: proposal.plan, model, settings },
    {
      beforeTraining: preflightHook(settings, args.json ? null : print),
      onPrepared: (prepared) => {
        if (args.json) return;
        print(`Layerbench: training on ${dataset.name} (${dataset.rowCount.toLocaleString('en-US')} rows), target “${proposal.plan.target}”.`);
        print(`${proposal.taskReason} Head: ${prepared.head.reason}`);
        print(`Input shape: ${prepared.shape.text}, ${prepared.shape.sum}.`);
        print(`Backend: ${chosen.label}. ${chosen.reason}`);
      },
      onEpoch: (m) => {
        if (args.json || Date.now() - lastPrinted < 1000) return;
        lastPrinted = Date.now();
        warn(`  epoch ${m.epoch}/${settings.epochs}  loss ${m.loss.toPrecision(4)}${m.valLoss !== undefined ? `  val_loss ${m.valLoss.toPrecision(4)}` : ''}`);
      },
    },
  );
  try {
    if (args.out !== undefined) {
      const { prepared } = result;
      await exportRun(args.out, {
        dataset: { name: dataset.name, kind: 'table', rows: dataset.rowCount, sizeBytes: dataset.sizeBytes, fingerprint: fingerprintDataset(dataset) },
        plan: proposal.plan, model, settings,
        preprocessing: prepared.encoded.preprocessing, spec: prepared.spec, summary: prepared.summary,
        split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
        backend: chosen, outcome: result.outcome, evaluation: result.evaluation, trained: result.model,
      });
    }
  } finally {
    result.model.dispose();
  }
  const report: TrainReport = buildTrainReport({ dataset, proposal, settings, result, backend: chosen, elapsedMs: Date.now() - started });
  if (args.json) {
    print(JSON.stringify(args.out !== undefined ? { ...report, out: args.out } : report));
  } else {
    for (const line of formatReport(report)) print(line);
    if (args.out !== undefined) print(`Model written to ${args.out}: model.json, weights.bin, preprocessing.json, model.py.`);
  }
  return 0;
}

function formatReport(r: TrainReport): string[] {
  const lines = [
    '',
    `Task: ${r.task}  ·  input shape (None, ${r.inputShape[1]})  ·  ${r.trainRows} training rows, ${r.testRows} held out`,
    `Model: ${r.model.layers.map((l) => `${l.type}${l.units !== undefined ? `(${l.units})` : ''}`).join(' → ')}  ·  ${r.model.totalParams.toLocaleString('en-US')} parameters`,
    `Trained ${r.epochs} epoch${r.epochs === 1 ? '' : 's'}${r.stoppedEarly ? ` (early stop; best epoch ${r.bestEpoch})` : ''} on ${r.backend} in ${(r.elapsedMs / 1000).toFixed(1)} s.`,
    '',
    'Held-out results (baseline in brackets):',
  ];
  const m = r.metrics;
  if (r.task === 'classification') {
    lines.push(`  accuracy  ${pct(m.accuracy)}  (${pct(r.baseline.accuracy)}: always “${String(r.baseline.label)}”)`);
    lines.push(`  macro F1  ${fmt(m.macroF1)}`);
  } else {
    const unit = ` ${r.target}`;
    lines.push(`  MAE   ${fmt(m.mae)}${unit}  (${fmt(r.baseline.mae)})`);
    lines.push(`  RMSE  ${fmt(m.rmse)}${unit}  (${fmt(r.baseline.rmse)})`);
    lines.push(`  R²    ${fmt(m.r2)}  (${fmt(r.baseline.r2)}: always the training mean)`);
  }
  return lines;
}

function pct(v: unknown): string {
  return typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : '–';
}
function fmt(v: unknown): string {
  return typeof v === 'number' ? Number(v.toPrecision(4)).toString() : '–';
}
