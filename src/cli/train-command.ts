/**
 * `layerbench train`: the app's pipeline (same reading, plan proposal, encoding, split, default
 * model, training and evaluation) driven from the terminal, for every kind of data.
 */
import { AppError } from '../core/errors';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ModelDraft } from '../core/model/designer-types';
import { parseModelSpecFile } from '../core/model/spec-file';
import { analysePlan, proposeModel, type PlanAnalysis } from '../core/pipeline/analyse';
import { DEFAULT_SETTINGS, runPipeline } from '../core/pipeline/run';
import type { BackendName, TrainingSettings } from '../core/train/types';
import { runIdentity } from '../core/experiment/run-identity';
import type { TrainArgs } from './args';
import { prepareNodeBackend, requireBackend, settingsFromArgs, preflightHook } from './backends';
import { dataName, dataWarnings, kindPlanOf, kindRunOf, openData, readAsSequences, tableOf, type CliData } from './open-data';
import { buildTrainReport, type TrainReport } from './report';
import { exportRun } from './export-files';
import { checkModelDestination } from './replace-folder';
import { cannotOpen } from './file-errors';

/** The columns the network reads, as the report names them. */
function featuresOf(data: CliData): readonly string[] {
  return data.kind === 'images' ? [] : data.proposal.plan.features;
}

function rowsOf(data: CliData): number {
  return data.kind === 'images' ? data.source.index.entries.length : (tableOf(data)?.rowCount ?? 0);
}

/** How the examples are laid out: a sequences plan's layout; tables and images have one example per row or file. */
function layoutOf(data: CliData): string | null {
  return data.kind === 'sequences' ? data.proposal.plan.layout : null;
}

/**
 * --model: the layers of a spec file, trained on the data's input shape (as the app's "Open model
 * spec…" does); a different input shape in the file is said, not an error. The layers are checked
 * against the data by the pipeline, with the app's advice.
 */
function specModel(file: string, analysis: PlanAnalysis, say: ((line: string) => void) | null): ModelDraft {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new AppError({ code: 'cli/is-directory', message: `“${file}” is a folder, not a model spec file.` });
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw cannotOpen(file, err);
  }
  const spec = parseModelSpecFile(text, basename(file));
  const dataShape = analysis.shape?.inputShape.slice(1) ?? [];
  if (say && dataShape.join(',') !== spec.inputShape.join(',')) {
    say(`The spec ${basename(file)} was written for the input (${spec.inputShape.join(', ')}); its layers are trained on this data's input, (None, ${dataShape.join(', ')}).`);
  }
  return { layers: spec.layers };
}

/** Returns the process exit code. */
export async function runTrainCommand(args: TrainArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  // A path the model cannot be saved to is refused now, not after the training it would cost.
  if (args.out !== undefined) checkModelDestination(args.out);
  const backend: BackendName = args.backend ?? 'wasm';
  const handedOver = await prepareNodeBackend(backend);
  if (handedOver !== null) return handedOver;

  const data = await openData(args.file, args);
  const warnings = dataWarnings(data);
  if (!args.json) for (const w of warnings) warn(`Note: ${w}`);
  if (!args.json && data.kind === 'sequences') print(readAsSequences(data));
  const settings: TrainingSettings = settingsFromArgs(args, DEFAULT_SETTINGS);
  const analysis = analysePlan(kindPlanOf(data), settings);
  const problem = analysis.problems[0];
  if (problem) throw new AppError(problem);
  // The templates are checked by building their layers in tfjs, which needs the backend started.
  const chosen = await requireBackend(backend);
  const model = args.model !== undefined ? specModel(args.model, analysis, args.json ? null : print) : proposeModel(analysis);
  if (!model) throw new AppError({ code: 'cli/no-model', message: `No model could be proposed for ${dataName(data)}.` });

  const started = Date.now();
  let lastPrinted = 0;
  const run = kindRunOf(data);
  const result = await runPipeline(
    { data: run, model, settings },
    {
      beforeTraining: preflightHook(settings, args.json ? null : print),
      onPrepared: (prepared) => {
        if (args.json) return;
        const total = prepared.encoded.trainRows + prepared.encoded.testRows;
        print(`Layerbench: training on ${dataName(data)} (${total.toLocaleString('en-US')} ${prepared.unit}), target “${prepared.encoded.preprocessing.target}”.`);
        const dropped = prepared.encoded.droppedRows;
        if (dropped > 0) print(`${dropped.toLocaleString('en-US')} ${dropped === 1 ? 'row has' : 'rows have'} no usable value in the target “${prepared.encoded.preprocessing.target}” and ${dropped === 1 ? 'is' : 'are'} left out.`);
        print(`${data.proposal.taskReason} Head: ${prepared.head.reason}`);
        print(`Input shape: ${prepared.shape.text}: ${prepared.shape.sum}`);
        for (const note of prepared.shape.notes) print(note);
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
        ...(await runIdentity(run)),
        model, settings,
        preprocessing: prepared.encoded.preprocessing, spec: prepared.spec, summary: prepared.summary,
        split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
        testExamples: prepared.testExamples,
        backend: chosen, outcome: result.outcome, evaluation: result.evaluation, trained: result.model,
      });
    }
  } finally {
    result.model.dispose();
  }
  const report: TrainReport = buildTrainReport({
    kind: data.kind,
    file: dataName(data),
    rows: rowsOf(data),
    features: featuresOf(data),
    warnings,
    settings,
    result,
    backend: chosen,
    elapsedMs: Date.now() - started,
    extra: { layout: layoutOf(data), ...(data.kind === 'images' ? { augment: data.proposal.plan.augment } : {}) },
  });
  if (args.json) {
    print(JSON.stringify(args.out !== undefined ? { ...report, out: args.out } : report));
  } else {
    for (const line of formatReport(report)) print(line);
    if (args.out !== undefined) print(`Model written to ${args.out}: model.json, weights.bin, preprocessing.json, model.py, manifest.json.`);
  }
  return 0;
}

function formatReport(r: TrainReport): string[] {
  const lines = [
    '',
    `Task: ${r.task}  ·  input shape (${r.inputShape.map((d) => (d === null ? 'None' : String(d))).join(', ')})  ·  ${r.trainRows} training ${r.unit}, ${r.testRows} held out`,
    `Model: ${r.model.layers.map((l) => `${l.type}${l.units !== undefined ? `(${l.units})` : ''}`).join(' → ')}  ·  ${r.model.totalParams.toLocaleString('en-US')} parameters`,
    `Trained ${r.epochs} epoch${r.epochs === 1 ? '' : 's'}${r.stoppedEarly ? ` (early stop; best epoch ${r.bestEpoch})` : ''} on ${r.backend} in ${(r.elapsedMs / 1000).toFixed(1)} s.`,
    '',
    'Held-out results (baseline in brackets):',
  ];
  const m = r.metrics;
  if (r.task === 'classification') {
    lines.push(`  accuracy  ${pct(m.accuracy)}  (${pct(r.baseline.accuracy)}: always “${String(r.baseline.label)}”)`);
    lines.push(`  macro F1  ${fmt(m.macroF1)}`);
    for (const c of r.perClass ?? []) lines.push(`    ${c.label}: precision ${c.precision.toFixed(2)}, recall ${c.recall.toFixed(2)}, F1 ${c.f1.toFixed(2)} (${c.support} ${r.unit})`);
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
