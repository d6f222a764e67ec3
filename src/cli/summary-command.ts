/**
 * `layerbench summary SPEC.json`: the model designer's report for a spec file, as Keras'
 * summary table with the arithmetic, or as one JSON object. A model that cannot be built
 * exits with 1 and the same advice the app shows: the layer, what it expects, what it got,
 * and the fixes.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../core/errors';
import { analyzeModel } from '../core/model/analyze';
import type { ModelReport } from '../core/model/designer-types';
import { parseModelSpecFile } from '../core/model/spec-file';
import type { SummaryArgs } from './args';
import { cannotOpen } from './file-errors';
import { formatAdvice, formatSummary } from './summary-format';

export interface SummaryJson {
  readonly inputShape: readonly (number | null)[];
  readonly layers: readonly { type: string; name: string; className: string; outputShape: readonly (number | null)[]; params: number }[];
  readonly outputShape: readonly (number | null)[];
  readonly totalParams: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
}

function readSpec(file: string): string {
  try {
    if (statSync(file).isDirectory()) {
      throw new AppError({ code: 'cli/is-directory', message: `“${file}” is a folder, not a model spec file.` });
    }
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw cannotOpen(file, err);
  }
}

export function summaryJson(report: ModelReport): SummaryJson {
  return {
    inputShape: report.inputShape,
    layers: report.layers.map((l) => ({ type: l.type, name: l.name, className: l.className, outputShape: l.outputShape ?? [], params: l.params })),
    outputShape: report.outputShape ?? [],
    totalParams: report.totalParams,
    trainableParams: report.trainableParams,
    nonTrainableParams: report.nonTrainableParams,
  };
}

/** Returns the process exit code. */
export async function runSummaryCommand(args: SummaryArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const spec = parseModelSpecFile(readSpec(args.file), basename(args.file));
  // Only shapes are computed (no training): the plain CPU backend starts at once, with nothing to
  // load, and production mode keeps tfjs' notes for developers (its Node.js banner) off the terminal.
  tf.enableProdMode();
  await tf.setBackend('cpu');
  const report = analyzeModel(spec);
  if (!report.valid) {
    for (const line of formatAdvice(report, basename(args.file))) warn(line);
    return 1;
  }
  if (args.json) print(JSON.stringify(summaryJson(report)));
  else for (const line of formatSummary(report)) print(line);
  return 0;
}
