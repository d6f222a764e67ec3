/**
 * `layerbench summary SPEC.json`: the model designer's report for a spec file, as Keras'
 * summary table with the arithmetic, or as one JSON object. A model that cannot be built
 * exits with 1 and the same advice the app shows: the layer, what it expects, what it got,
 * and the fixes. With --task the head is checked as the app checks it against the data (the
 * task and class count stand in for the data); --keras adds the app's Keras code.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { AppError, quoteInput } from '../core/errors';
import { msg } from '../core/i18n/message';
import { analyzeModel } from '../core/model/analyze';
import type { Advice, HeadContext, ModelReport } from '../core/model/designer-types';
import { kerasCode } from '../core/model/keras';
import { parseModelSpecFile } from '../core/model/spec-file';
import type { ModelSpec } from '../core/model/types';
import { DEFAULT_SETTINGS } from '../core/train/settings';
import type { SummaryArgs } from './args';
import { cannotOpen } from './file-errors';
import { cliT } from './i18n';
import { formatAdvice, formatKeras, formatSummary, shapeOrWords } from './summary-format';

/** One piece of advice as --json gives it: at which layer (1-based, as the text says), what, and the fixes' words. */
export interface SummaryAdviceJson {
  readonly layer: number;
  readonly name: string;
  readonly code: string;
  readonly severity: Advice['severity'];
  readonly message: string;
  readonly expected?: string;
  readonly got?: string;
  readonly fixes: readonly string[];
}

export interface SummaryJson {
  readonly inputShape: readonly (number | null)[];
  readonly layers: readonly { type: string; name: string; className: string; outputShape: readonly (number | null)[]; params: number }[];
  readonly outputShape: readonly (number | null)[];
  readonly totalParams: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  /** False when a layer cannot be built or the head does not fit the task (exit code 1). */
  readonly valid: boolean;
  /** The task given with --task, as the head was checked against it. */
  readonly task?: { readonly task: HeadContext['task']; readonly classes?: number };
  readonly advice: readonly SummaryAdviceJson[];
  /** With --keras: the Python code the app's Keras code view shows. */
  readonly kerasCode?: string;
}

function readSpec(file: string): string {
  try {
    if (statSync(file).isDirectory()) {
      throw new AppError({ code: 'cli/is-directory', message: msg('model.cli.isFolder', { file: quoteInput(file) }) });
    }
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw cannotOpen(file, err);
  }
}

export function summaryJson(report: ModelReport, head?: HeadContext, code?: string): SummaryJson {
  return {
    inputShape: report.inputShape,
    layers: report.layers.map((l) => ({ type: l.type, name: l.name, className: l.className, outputShape: l.outputShape ?? [], params: l.params })),
    outputShape: report.outputShape ?? [],
    totalParams: report.totalParams,
    trainableParams: report.trainableParams,
    nonTrainableParams: report.nonTrainableParams,
    valid: report.valid,
    ...(head ? { task: head.task === 'classification' ? { task: head.task, classes: head.outputUnits } : { task: head.task } } : {}),
    advice: report.layers.flatMap((l) =>
      l.advice.map((a) => ({
        layer: l.index + 1, name: l.name, code: a.code, severity: a.severity, message: cliT()(a.message),
        ...(a.expected !== undefined ? { expected: shapeOrWords(a.expected) } : {}), ...(a.got !== undefined ? { got: shapeOrWords(a.got) } : {}),
        fixes: a.fixes.map((f) => cliT()(f.label)),
      })),
    ),
    ...(code !== undefined ? { kerasCode: code } : {}),
  };
}

/** The head the app would check the model against, from --task and --classes. */
export function summaryHeadContext(head: SummaryArgs['head']): HeadContext | undefined {
  if (!head) return undefined;
  return head.task === 'classification' ? { task: 'classification', outputUnits: head.classes } : { task: 'regression', outputUnits: 1 };
}

/** The app's Keras code for the spec: compiled with the task's loss and the default optimizer when the task is known. */
function summaryKerasCode(spec: ModelSpec, head: HeadContext | undefined): string | undefined {
  try {
    return kerasCode(spec, head ? { ...head, learningRate: DEFAULT_SETTINGS.learningRate, optimizer: DEFAULT_SETTINGS.optimizer } : undefined);
  } catch {
    // As in the app's code view: a spec the code cannot be written for shows none; the advice says why.
    return undefined;
  }
}

/** Returns the process exit code. */
export async function runSummaryCommand(args: SummaryArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const spec = parseModelSpecFile(readSpec(args.file), basename(args.file));
  // Only shapes are computed (no training): the plain CPU backend starts at once, with nothing to
  // load, and production mode keeps tfjs' notes for developers (its Node.js banner) off the terminal.
  tf.enableProdMode();
  await tf.setBackend('cpu');
  const head = summaryHeadContext(args.head);
  const report = analyzeModel(spec, head);
  const code = args.keras ? summaryKerasCode(spec, head) : undefined;
  if (!report.valid) {
    for (const line of formatAdvice(report, basename(args.file))) warn(line);
    // The app shows the code of a model with problems too, and --json still ends with its object.
    if (args.json) print(JSON.stringify(summaryJson(report, head, code)));
    else if (code !== undefined) for (const line of formatKeras(code)) print(line);
    return 1;
  }
  if (args.json) {
    print(JSON.stringify(summaryJson(report, head, code)));
    return 0;
  }
  for (const line of formatSummary(report, head)) print(line);
  if (code !== undefined) for (const line of ['', ...formatKeras(code)]) print(line);
  return 0;
}
