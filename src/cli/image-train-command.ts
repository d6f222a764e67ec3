/**
 * `layerbench train FOLDER`: the app's image path (same indexing, decoding, shape proposal,
 * CNN template, split, training and evaluation) driven from the terminal.
 */
import { inspectImages } from '../core/images/inspect';
import { runImagePipeline, proposeImageModel } from '../core/images/pipeline';
import { scanImages } from '../core/images/scan';
import type { ImageEncodingPlan } from '../core/images/types';
import { NO_AUGMENT } from '../core/images/types';
import { DEFAULT_SETTINGS } from '../core/pipeline';
import type { TrainingSettings } from '../core/train/types';
import type { TrainArgs } from './args';
import { requireBackend, settingsFromArgs, preflightHook } from './backends';
import { loadImageSource } from './image-files';
import { exportRun } from './export-files';
import { fingerprintImages } from '../core/experiment/fingerprint';

type Print = (line: string) => void;

/** Images train in small batches: a CNN's activations are much larger than a table row's. */
const IMAGE_BATCH_SIZE = 32;

export async function runImageTrainCommand(args: TrainArgs, print: Print, warn: Print): Promise<number> {
  // WebAssembly is the fastest backend without a GPU, convolutions included (src/core/train/wasm-kernels.ts).
  const backend = args.backend ?? 'wasm';
  const started = Date.now();
  const source = await loadImageSource(args.file, {
    ...(args.pathColumn !== undefined ? { pathColumn: args.pathColumn } : {}),
    ...(args.target !== undefined ? { target: args.target } : {}),
  });
  const inspection = inspectImages(source.index, await scanImages(source));
  if (!args.json) for (const w of inspection.warnings) warn(`Note: ${w.message}`);
  const plan: ImageEncodingPlan = {
    height: args.size?.height ?? inspection.proposedSize.height,
    width: args.size?.width ?? inspection.proposedSize.width,
    channels: inspection.channels,
    augment: args.augment ? { flip: true, shift: 2 } : NO_AUGMENT,
  };
  const settings: TrainingSettings = settingsFromArgs(args, { ...DEFAULT_SETTINGS, batchSize: IMAGE_BATCH_SIZE });
  const chosen = await requireBackend(backend);
  const model = proposeImageModel(source.index, plan);
  let lastPrinted = 0;
  const result = await runImagePipeline(
    { source, plan, model, settings },
    {
      beforeTraining: preflightHook(settings, args.json ? null : print),
      onPrepared: (prepared) => {
        if (args.json) return;
        print(`Layerbench: training on the images of ${source.index.name} (${prepared.encoded.trainRows + prepared.encoded.testRows} images), ${source.index.taskReason}`);
        print(`Input shape: ${prepared.shape.text}. ${prepared.shape.summary}`);
        print(prepared.shape.resize);
        print(`Backend: ${chosen.label}. ${chosen.reason}`);
      },
      onEpoch: (m) => {
        if (args.json || Date.now() - lastPrinted < 1000) return;
        lastPrinted = Date.now();
        warn(`  epoch ${m.epoch}/${settings.epochs}  loss ${m.loss.toPrecision(4)}${m.valLoss !== undefined ? `  val_loss ${m.valLoss.toPrecision(4)}` : ''}`);
      },
    },
  );
  const { prepared, evaluation, outcome } = result;
  try {
    if (args.out !== undefined) {
      const { fingerprint, sizeBytes } = await fingerprintImages(source.index.entries.map((e) => e.relativePath), source.read);
      await exportRun(args.out, {
        dataset: { name: source.index.name, kind: 'images', rows: prepared.encoded.trainRows + prepared.encoded.testRows, sizeBytes, fingerprint },
        plan: { target: source.index.targetName, features: [], task: source.index.task },
        imagePlan: plan, model, settings,
        preprocessing: prepared.encoded.preprocessing, spec: prepared.spec, summary: prepared.summary,
        split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
        backend: chosen, outcome, evaluation, trained: result.model,
      });
    }
  } finally {
    result.model.dispose();
  }
  const base = {
    command: 'train' as const,
    kind: 'images' as const,
    file: source.index.name,
    task: evaluation.task,
    target: source.index.targetName,
    inputShape: prepared.encoded.inputShape,
    rows: prepared.encoded.trainRows + prepared.encoded.testRows,
    trainRows: prepared.encoded.trainRows,
    testRows: prepared.encoded.testRows,
    skipped: prepared.skipped,
    augment: plan.augment,
    backend: chosen.backend,
    backendLabel: chosen.label,
    seed: settings.seed,
    epochs: outcome.history.length,
    bestEpoch: outcome.bestEpoch,
    stoppedEarly: outcome.stoppedEarly,
    model: {
      layers: prepared.report.layers.map((row) => ({ type: row.type, outputShape: row.outputShape ?? [], params: row.params })),
      totalParams: prepared.report.totalParams,
    },
    warnings: inspection.warnings.map((w) => w.message),
    elapsedMs: Date.now() - started,
  };
  const report =
    evaluation.task === 'classification'
      ? {
          ...base,
          classes: evaluation.classes,
          metrics: { accuracy: evaluation.accuracy, macroF1: evaluation.macroF1 },
          perClass: evaluation.perClass,
          confusion: evaluation.confusion,
          baseline: { label: evaluation.baseline.label, accuracy: evaluation.baseline.accuracy },
        }
      : {
          ...base,
          metrics: { mae: evaluation.mae, rmse: evaluation.rmse, r2: evaluation.r2 },
          baseline: { value: evaluation.baseline.value, mae: evaluation.baseline.mae, rmse: evaluation.baseline.rmse, r2: evaluation.baseline.r2 },
        };
  if (args.json) {
    print(JSON.stringify(args.out !== undefined ? { ...report, out: args.out } : report));
    return 0;
  }
  if (args.out !== undefined) print(`Model written to ${args.out}: model.json, weights.bin, preprocessing.json, model.py.`);
  print('');
  print(`Model: ${base.model.layers.map((l) => l.type).join(' → ')}  ·  ${base.model.totalParams.toLocaleString('en-US')} parameters`);
  print(`Trained ${base.epochs} epoch${base.epochs === 1 ? '' : 's'} on ${base.backend} in ${(base.elapsedMs / 1000).toFixed(1)} s; ${base.trainRows} training images, ${base.testRows} held out.`);
  if (evaluation.task === 'classification') {
    print(`Held-out accuracy ${(evaluation.accuracy * 100).toFixed(1)}% (baseline ${(evaluation.baseline.accuracy * 100).toFixed(1)}%: always “${evaluation.baseline.label}”), macro F1 ${evaluation.macroF1.toFixed(3)}`);
    for (const c of evaluation.perClass) print(`  ${c.label}: precision ${c.precision.toFixed(2)}, recall ${c.recall.toFixed(2)}, F1 ${c.f1.toFixed(2)} (${c.support} images)`);
  } else {
    print(`Held-out MAE ${evaluation.mae.toPrecision(4)}, RMSE ${evaluation.rmse.toPrecision(4)}, R² ${evaluation.r2.toFixed(3)} (baseline MAE ${evaluation.baseline.mae.toPrecision(4)})`);
  }
  return 0;
}
