/**
 * Command-line arguments of `layerbench`, parsed with node:util and validated with zod so
 * that a mistake gets a sentence, not a stack trace.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError } from '../core/errors';

export const BACKENDS = ['cpu', 'wasm', 'webgpu'] as const;

const trainSchema = z.object({
  file: z.string().min(1),
  target: z.string().min(1).optional(),
  epochs: z.number().int().min(1).max(10_000).optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  batchSize: z.number().int().min(1).max(65_536).optional(),
  backend: z.enum(BACKENDS).optional(),
  json: z.boolean(),
});

export type TrainArgs = z.infer<typeof trainSchema>;

export interface SummaryArgs {
  readonly file: string;
  readonly json: boolean;
}

export type Command =
  | { readonly kind: 'train'; readonly args: TrainArgs }
  | { readonly kind: 'summary'; readonly args: SummaryArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

export const USAGE = `Usage:
  layerbench train FILE.csv [--target COLUMN] [--epochs N] [--seed N] [--batch-size N]
                            [--backend cpu|wasm|webgpu] [--json]
  layerbench summary SPEC.json [--json]

  train    Loads a CSV/TSV file, proposes the task and the network exactly as the app does,
           trains it and evaluates it on the held-out rows.
  summary  Reads a model spec (docs/model-spec.md) and prints Keras' summary table: the
           output shape and parameter count of every layer, with the arithmetic behind them.
           A layer that cannot take its input is named with what it expects, what it got
           and how to fix it (exit code 1).
  --json   Prints one JSON object as the last line of standard output.

Examples:
  layerbench train resources/samples/penguins.csv --target species --json
  layerbench train resources/samples/auto-mpg.csv --target mpg --epochs 100
  layerbench summary docs/examples/sequence-conv1d.json`;

function usageError(message: string, detail?: string): AppError {
  return new AppError({ code: 'cli/usage', message: `${message}\n\n${USAGE}`, detail });
}

function toInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw usageError(`--${name} needs a whole number, but got “${value}”.`);
  return Number(value);
}

export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { kind: 'help' };
  if (command === '--version' || command === 'version') return { kind: 'version' };
  if (command === 'summary') return parseSummaryCommand(rest);
  if (command !== 'train') throw usageError(`“${command}” is not a layerbench command.`);

  let parsed: ReturnType<typeof parseTrainArgv>;
  try {
    parsed = parseTrainArgv(rest);
  } catch (err) {
    throw usageError(err instanceof Error ? err.message.replace(/^TypeError[^:]*: /, '') : String(err));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw usageError('Name the CSV or TSV file to train on.');
  if (positionals.length > 1) throw usageError(`Give one file, not ${positionals.length}: ${positionals.join(', ')}.`);
  if (values.backend !== undefined && !(BACKENDS as readonly string[]).includes(values.backend)) {
    throw usageError(`--backend must be one of ${BACKENDS.join(', ')}, not “${values.backend}”.`);
  }
  const result = trainSchema.safeParse({
    file: positionals[0],
    target: values.target,
    epochs: toInt('epochs', values.epochs),
    seed: toInt('seed', values.seed),
    batchSize: toInt('batch-size', values['batch-size']),
    backend: values.backend,
    json: values.json ?? false,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw usageError(`--${String(issue?.path[0] ?? 'argument')}: ${issue?.message ?? 'invalid value'}.`, result.error.message);
  }
  return { kind: 'train', args: result.data };
}

function parseTrainArgv(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      target: { type: 'string', short: 't' },
      epochs: { type: 'string', short: 'e' },
      seed: { type: 'string' },
      'batch-size': { type: 'string' },
      backend: { type: 'string', short: 'b' },
      json: { type: 'boolean' },
    },
  });
}

function parseSummaryCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseSummaryArgv>;
  try {
    parsed = parseSummaryArgv(argv);
  } catch (err) {
    throw usageError(err instanceof Error ? err.message.replace(/^TypeError[^:]*: /, '') : String(err));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw usageError('Name the model spec file (JSON) to summarise.');
  if (positionals.length > 1) throw usageError(`Give one spec file, not ${positionals.length}: ${positionals.join(', ')}.`);
  return { kind: 'summary', args: { file: positionals[0] ?? '', json: values.json ?? false } };
}

function parseSummaryArgv(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
}
