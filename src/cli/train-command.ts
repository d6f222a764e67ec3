/**
 * `layerbench train`: the app's pipeline (same reading, plan proposal, encoding, split, default
 * model, training and evaluation) driven from the terminal, for every kind of data.
 */
import { AppError, quoteInput } from '../core/errors';
import { formatNumber, formatPercent, formatScore } from '../core/i18n/format';
import { msg } from '../core/i18n/message';
import { compareToLinear, stillImproving } from '../core/evaluate/linear-verdict';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ModelDraft } from '../core/model/designer-types';
import { parseModelSpecFile } from '../core/model/spec-file';
import { analysePlan, proposeModel, type PlanAnalysis } from '../core/pipeline/analyse';
import { DEFAULT_SETTINGS, runPipeline } from '../core/pipeline/run';
import type { BackendName, TrainingSettings } from '../core/train/types';
import type { Split } from '../core/features/types';
import { runIdentity } from '../core/experiment/run-identity';
import { imageMemoryMessage } from '../core/sources/images/stream';
import type { TrainArgs } from './args';
import { prepareNodeBackend, requireBackend, settingsFromArgs, preflightHook } from './backends';
import { dataName, dataWarnings, kindPlanOf, kindRunOf, openData, readAsSequences, tableOf, type CliData } from './open-data';
import { buildTrainReport, type TrainReport } from './report';
import { exportRun } from './export-files';
import { checkModelDestination } from './replace-folder';
import { checkFileDestination, writeTextFileAtomic } from './write-file';
import { cannotOpen } from './file-errors';
import { cliJson, cliLocale, cliT, cliText } from './i18n';

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
    if (statSync(file).isDirectory()) throw new AppError({ code: 'cli/is-directory', message: msg('cli.file.isFolderNotSpec', { file: quoteInput(file) }) });
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw cannotOpen(file, err);
  }
  const spec = parseModelSpecFile(text, basename(file));
  const dataShape = analysis.shape?.inputShape.slice(1) ?? [];
  if (say && dataShape.join(',') !== spec.inputShape.join(',')) {
    say(cliT()('cli.train.specShape', { file: basename(file), specShape: spec.inputShape.join(', '), dataShape: dataShape.join(', ') }));
  }
  return { layers: spec.layers };
}

/**
 * --split-out: which examples were trained on and which held out, so that another tool (the
 * scikit-learn baselines of bench/quality) can fit on exactly the same rows. Positions are the
 * kind's examples: a table's data rows of the file as read, 0-based (the header is not a row).
 */
function splitJson(split: Split): string {
  return `${JSON.stringify({ seed: split.seed, stratified: split.stratified, train: Array.from(split.train), test: Array.from(split.test) })}\n`;
}

/** Returns the process exit code. */
export async function runTrainCommand(args: TrainArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  // A path the model cannot be saved to is refused now, not after the training it would cost.
  if (args.out !== undefined) checkModelDestination(args.out);
  if (args.splitOut !== undefined) checkFileDestination(args.splitOut);
  const backend: BackendName = args.backend ?? 'wasm';
  const handedOver = await prepareNodeBackend(backend);
  if (handedOver !== null) return handedOver;

  const t = cliT();
  const data = await openData(args.file, args);
  const warnings = dataWarnings(data);
  if (!args.json) for (const w of warnings) warn(t('cli.line.note', { text: w }));
  if (!args.json && data.kind === 'sequences') print(readAsSequences(data));
  const settings: TrainingSettings = settingsFromArgs(args, DEFAULT_SETTINGS);
  const analysis = analysePlan(kindPlanOf(data), settings);
  const problem = analysis.problems[0];
  if (problem) throw new AppError(problem);
  // The templates are checked by building their layers in tfjs, which needs the backend started.
  const chosen = await requireBackend(backend);
  const model = args.model !== undefined ? specModel(args.model, analysis, args.json ? null : print) : proposeModel(analysis);
  if (!model) throw new AppError({ code: 'cli/no-model', message: msg('cli.train.noModel', { name: quoteInput(dataName(data)) }) });

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
        const target = quoteInput(prepared.encoded.preprocessing.target);
        print(t('cli.train.start', { name: dataName(data), examples: t('cli.count', { unit: prepared.unit, count: total }), target }));
        const dropped = prepared.encoded.droppedRows;
        if (dropped > 0) print(t('cli.train.dropped', { count: dropped, target }));
        print(t('cli.train.taskHead', { taskReason: data.proposal.taskReason, headReason: prepared.head.reason }));
        print(t('cli.inputShape', { shape: prepared.shape.text, sum: prepared.shape.sum }));
        for (const note of prepared.shape.notes) print(cliText(note));
        if (prepared.imageMemory) print(t(imageMemoryMessage(prepared.imageMemory)));
        print(t('cli.train.backend', { label: chosen.label, reason: chosen.reason }));
      },
      onEpoch: (m) => {
        if (args.json || Date.now() - lastPrinted < 1000) return;
        lastPrinted = Date.now();
        const loss = formatNumber(m.loss, cliLocale(), 4);
        const epoch = { epoch: m.epoch, epochs: settings.epochs, loss };
        warn(m.valLoss !== undefined ? t('cli.train.epochVal', { ...epoch, valLoss: formatNumber(m.valLoss, cliLocale(), 4) }) : t('cli.train.epoch', epoch));
      },
    },
  );
  try {
    if (args.splitOut !== undefined) await writeTextFileAtomic(args.splitOut, splitJson(result.prepared.split));
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
    print(cliJson(args.out !== undefined ? { ...report, out: args.out } : report));
  } else {
    for (const line of formatReport(report)) print(line);
    if (args.out !== undefined) print(t('cli.train.written', { dir: args.out }));
  }
  return 0;
}

/** The linear model's scores on the same held-out examples, and what they say about the network. */
function linearLines(r: TrainReport): string[] {
  const linear = r.baselines.linear;
  if (!linear) return [];
  const t = cliT();
  const locale = cliLocale();
  const m = r.metrics;
  const seconds = Math.round((linear.elapsedMs ?? 0) / 100) / 10;
  if (r.task === 'classification') {
    const line = t('cli.train.report.linearAccuracy', { value: formatPercent(linear.accuracy ?? NaN, locale, 1), f1: formatNumber(linear.macroF1 ?? NaN, locale, 4), seconds });
    const sentence = compareToLinear({ task: 'classification', rows: r.testRows, accuracy: m.accuracy ?? NaN, linear: { accuracy: linear.accuracy ?? NaN } }, stillImproving(r));
    return [line, ...(sentence ? [t('cli.train.report.linearVerdict', { sentence })] : [])];
  }
  const fmt = (v: number | undefined): string => formatNumber(v ?? NaN, locale, 4);
  const line = t('cli.train.report.linearRegression', { mae: fmt(linear.mae), rmse: fmt(linear.rmse), r2: fmt(linear.r2), seconds });
  const sentence = compareToLinear({ task: 'regression', rows: r.testRows, r2: m.r2 ?? NaN, linear: { r2: linear.r2 ?? NaN } }, stillImproving(r));
  return [line, ...(sentence ? [t('cli.train.report.linearVerdict', { sentence })] : [])];
}

function formatReport(r: TrainReport): string[] {
  const t = cliT();
  const locale = cliLocale();
  const shape = `(${r.inputShape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
  const layers = r.model.layers.map((l) => `${l.type}${l.units !== undefined ? `(${l.units})` : ''}`).join(' → ');
  const seconds = Math.round(r.elapsedMs / 100) / 10;
  const trained = { epochs: r.epochs, backend: r.backend, seconds };
  const lines = [
    '',
    t('cli.train.report.summary', { task: t('cli.task', { task: r.task }), shape, train: r.trainRows, unit: t('cli.unitWord', { unit: r.unit }), test: r.testRows }),
    t('cli.train.report.model', { layers, params: r.model.totalParams }),
    r.stoppedEarly ? t('cli.train.report.trainedEarly', { ...trained, best: r.bestEpoch }) : t('cli.train.report.trained', trained),
    '',
    t('cli.train.report.heading'),
  ];
  const m = r.metrics;
  const pct = (v: unknown): string => (typeof v === 'number' ? formatPercent(v, locale, 1) : '–');
  const fmt = (v: unknown): string => (typeof v === 'number' ? formatNumber(v, locale, 4) : '–');
  if (r.task === 'classification') {
    lines.push(t('cli.train.report.accuracy', { value: pct(m.accuracy), baseline: pct(r.baseline.accuracy), label: quoteInput(String(r.baseline.label)) }));
    lines.push(t('cli.train.report.macroF1', { value: fmt(m.macroF1) }));
    for (const c of r.perClass ?? []) {
      lines.push(t('cli.train.report.class', {
        label: c.label, precision: formatScore(c.precision), recall: formatScore(c.recall), f1: formatScore(c.f1),
        examples: t('cli.count', { unit: r.unit, count: c.support }),
      }));
    }
  } else {
    lines.push(t('cli.train.report.mae', { value: fmt(m.mae), target: r.target, baseline: fmt(r.baseline.mae) }));
    lines.push(t('cli.train.report.rmse', { value: fmt(m.rmse), target: r.target, baseline: fmt(r.baseline.rmse) }));
    lines.push(t('cli.train.report.r2', { value: fmt(m.r2), baseline: fmt(r.baseline.r2) }));
  }
  lines.push(...linearLines(r));
  return lines;
}
