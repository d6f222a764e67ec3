/**
 * Command-line arguments of `layerbench`, parsed with node:util and validated with zod so
 * that a mistake gets a sentence, not a stack trace.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { clipInput, clipMessage, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH } from '../core/sources/sequences/types';
import { encodingByName, ENCODING_NAMES, type EncodingName } from '../core/data/encoding';
import { BACKENDS, type InspectArgs, type PredictArgs, type SequenceOptions, type SummaryArgs, trainSchema, type TrainArgs } from './arg-types';
import { takeLangOption } from './lang-option';
import { OPTION_NAMES, usageError } from './usage';

export { BACKENDS, trainSchema, type InspectArgs, type PredictArgs, type SequenceOptions, type SummaryArgs, type TrainArgs } from './arg-types';

/** As many classes as a last Dense layer can have units. */
export const MAX_SUMMARY_CLASSES = 65_536;

export type Command =
  | { readonly kind: 'train'; readonly args: TrainArgs }
  | { readonly kind: 'summary'; readonly args: SummaryArgs }
  | { readonly kind: 'inspect'; readonly args: InspectArgs }
  | { readonly kind: 'predict'; readonly args: PredictArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

export { usageText } from './usage';
export { takeLangOption } from './lang-option';

/** The option as the user types it: batchSize → --batch-size. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A schema issue about an option, named as typed and in words (zod says "Too small: expected number to be >=1"). */
function optionIssue(issue: z.core.$ZodIssue | undefined, input: Readonly<Record<string, unknown>>): Message {
  const key = String(issue?.path[0] ?? 'argument');
  const flag = flagName(key);
  const value = input[key];
  if (typeof value === 'string' && value === '') return msg('cli.args.needsValue', { flag });
  if (typeof value === 'number' && issue?.code === 'too_small') return msg('cli.args.atLeast', { flag, min: Number(issue.minimum), value });
  if (typeof value === 'number' && issue?.code === 'too_big') return msg('cli.args.atMost', { flag, max: Number(issue.maximum), value });
  return msg('cli.args.invalidValue', { flag });
}

/** Several positional arguments, as a message repeats them. */
function listed(values: readonly string[]): string {
  return clipInput(values.slice(0, 5).map((v) => quoteInput(v, 80)).join(', ') + (values.length > 5 ? ', …' : ''), 400);
}

/** --encoding NAME → the encoding, in TextDecoder's name; a usage error for a name no decoder has. */
function encodingOption(value: string | undefined): { encoding?: EncodingName } {
  if (value === undefined) return {};
  const encoding = encodingByName(value);
  if (encoding === null) throw usageError(msg('cli.args.badEncoding', { value: quoteInput(value), names: ENCODING_NAMES.join(', ') }));
  return { encoding };
}

function toInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw usageError(msg('cli.args.wholeNumber', { flag: `--${name}`, value: quoteInput(value) }));
  return Number(value);
}

/** The command line, without `--lang` (main.ts sets the language from it first). */
export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = takeLangOption(argv).rest;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { kind: 'help' };
  // `layerbench train --help` asks for the usage as much as `layerbench --help` does.
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help' };
  if (command === '--version' || command === 'version') return { kind: 'version' };
  if (command === 'summary') return parseSummaryCommand(rest);
  if (command === 'inspect') return parseInspectCommand(rest);
  if (command === 'predict') return parsePredictCommand(rest);
  if (command !== 'train') throw usageError(msg('cli.args.notCommand', { command: quoteInput(command) }));

  let parsed: ReturnType<typeof parseTrainArgv>;
  try {
    parsed = parseTrainArgv(rest);
  } catch (err) {
    throw argvError(err);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw usageError(msg('cli.args.train.noFile'));
  if (positionals.length > 1) throw usageError(msg('cli.args.oneFile', { count: positionals.length, names: listed(positionals) }));
  if (values.backend !== undefined && !(BACKENDS as readonly string[]).includes(values.backend)) {
    throw usageError(msg('cli.args.backend', { names: BACKENDS.join(', '), value: quoteInput(values.backend) }));
  }
  sequenceOptions(values);
  const input = {
    file: positionals[0],
    target: values.target,
    epochs: toInt('epochs', values.epochs),
    seed: toInt('seed', values.seed),
    batchSize: toInt('batch-size', values['batch-size']),
    imageCacheMb: toInt('image-cache-mb', values['image-cache-mb']),
    backend: values.backend,
    size: parseSize(values.size),
    augment: values.augment ?? false,
    pathColumn: values['path-column'],
    sequenceId: values['sequence-id'],
    order: values.order,
    window: toInt('window', values.window),
    length: toInt('length', values.length),
    stride: toInt('stride', values.stride),
    out: values.out,
    splitOut: values['split-out'],
    model: values.model,
    ...encodingOption(values.encoding),
    json: values.json ?? false,
  };
  const result = trainSchema.safeParse(input);
  if (!result.success) throw usageError(optionIssue(result.error.issues[0], input), result.error.message);
  return { kind: 'train', args: result.data };
}

const SEQUENCE_OPTIONS = {
  'sequence-id': { type: 'string' },
  order: { type: 'string' },
  window: { type: 'string' },
  length: { type: 'string' },
  stride: { type: 'string' },
} as const;

/** The sequence options, checked: whole numbers in range, and a window or a length, not both. */
function sequenceOptions(values: { 'sequence-id'?: string; order?: string; window?: string; length?: string; stride?: string }): SequenceOptions {
  const window = toInt('window', values.window);
  const length = toInt('length', values.length);
  const stride = toInt('stride', values.stride);
  for (const [name, n] of [['window', window], ['length', length], ['stride', stride]] as const) {
    const min = name === 'stride' ? 1 : MIN_SEQUENCE_LENGTH;
    if (n !== undefined && (n < min || n > MAX_SEQUENCE_LENGTH)) throw usageError(msg('cli.args.rowRange', { flag: `--${name}`, min, max: MAX_SEQUENCE_LENGTH, value: n }));
  }
  if (window !== undefined && length !== undefined) throw usageError(msg('cli.args.windowOrLength'));
  if (stride !== undefined && window === undefined) throw usageError(msg('cli.args.strideNeedsWindow'));
  return {
    ...(values['sequence-id'] !== undefined ? { sequenceId: values['sequence-id'] } : {}),
    ...(values.order !== undefined ? { order: values.order } : {}),
    ...(window !== undefined ? { window } : {}),
    ...(length !== undefined ? { length } : {}),
    ...(stride !== undefined ? { stride } : {}),
  };
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
      'image-cache-mb': { type: 'string' },
      backend: { type: 'string', short: 'b' },
      size: { type: 'string' },
      augment: { type: 'boolean' },
      'path-column': { type: 'string' },
      ...SEQUENCE_OPTIONS,
      out: { type: 'string', short: 'o' },
      'split-out': { type: 'string' },
      model: { type: 'string', short: 'm' },
      encoding: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
}

/** Node's parseArgs message → ours: an unknown flag named as typed, with the flag it resembles. */
function argvError(err: unknown): Error {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  const unknown = /^Unknown option '([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const key = (flag: string): string => flag.replace(/^-+/, '').replace(/[-_]/g, '').toLowerCase();
    const like = OPTION_NAMES.find((f) => key(f) === key(unknown));
    const option = quoteInput(unknown, 60);
    return usageError(like !== undefined ? msg('cli.args.unknownOption', { option, like }) : msg('cli.args.unknownOptionListed', { option }));
  }
  // "Option '-t, --target <value>' argument missing", "Option '--json' does not take an argument"
  const flag = /--[a-z][a-z-]*/.exec(message)?.[0];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag !== undefined) {
    if (/argument missing/.test(message)) return usageError(msg('cli.args.needsValue', { flag }));
    if (/does not take an argument/.test(message)) return usageError(msg('cli.args.takesNoValue', { flag }));
  }
  // Node's own words repeat the input as typed: clipped like every other echo of it.
  return usageError(msg('cli.args.unreadable', { text: clipMessage(message.replace(/^TypeError[^:]*: /, '')).replace(/\.$/, '') }), message);
}

function parsePredictCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parsePredictArgv>;
  try {
    parsed = parsePredictArgv(argv);
  } catch (err) {
    throw argvError(err);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) throw usageError(msg('cli.args.predict.names'));
  return {
    kind: 'predict',
    args: { dir: positionals[0] ?? '', file: positionals[1] ?? '', json: values.json ?? false, ...(values.out !== undefined ? { out: values.out } : {}), ...encodingOption(values.encoding) },
  };
}

function parsePredictArgv(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { out: { type: 'string', short: 'o' }, encoding: { type: 'string' }, json: { type: 'boolean' } } });
}

function parseSummaryCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseSummaryArgv>;
  try {
    parsed = parseSummaryArgv(argv);
  } catch (err) {
    throw argvError(err);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw usageError(msg('cli.args.summary.noFile'));
  if (positionals.length > 1) throw usageError(msg('cli.args.oneSpec', { count: positionals.length, names: listed(positionals) }));
  const head = summaryHead(values.task, values.classes);
  return { kind: 'summary', args: { file: positionals[0] ?? '', ...(head ? { head } : {}), keras: values.keras ?? false, json: values.json ?? false } };
}

/** --task and --classes, checked together: classes go with classification only, and it needs them. */
function summaryHead(task: string | undefined, classesText: string | undefined): SummaryArgs['head'] {
  const classes = toInt('classes', classesText);
  if (task === undefined) {
    if (classes !== undefined) throw usageError(msg('cli.args.classesNeedTask'));
    return undefined;
  }
  const name = task.trim().toLowerCase();
  if (name === 'regression') {
    if (classes !== undefined) throw usageError(msg('cli.args.classesRegression'));
    return { task: 'regression' };
  }
  if (name !== 'classification') throw usageError(msg('cli.args.task', { value: quoteInput(task) }));
  if (classes === undefined) throw usageError(msg('cli.args.taskNeedsClasses'));
  if (classes < 2 || classes > MAX_SUMMARY_CLASSES) throw usageError(msg('cli.args.classesRange', { max: MAX_SUMMARY_CLASSES, value: classes }));
  return { task: 'classification', classes };
}

function parseSummaryArgv(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { task: { type: 'string' }, classes: { type: 'string' }, keras: { type: 'boolean' }, json: { type: 'boolean' } },
  });
}

/** "28x28" or "28×28" → {height: 28, width: 28} (H first, as in the input shape). */
function parseSize(value: string | undefined): { height: number; width: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d+)\s*[x×X]\s*(\d+)\s*$/.exec(value);
  if (!match) throw usageError(msg('cli.args.size.format', { value: quoteInput(value) }));
  const height = Number(match[1]);
  const width = Number(match[2]);
  if (height < 8 || width < 8 || height > 256 || width > 256) throw usageError(msg('cli.args.size.range', { height, width }));
  return { height, width };
}

function parseInspectCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseInspectArgv>;
  try {
    parsed = parseInspectArgv(argv);
  } catch (err) {
    throw argvError(err);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw usageError(msg('cli.args.inspect.noFile'));
  if (positionals.length > 1) throw usageError(msg('cli.args.onePath', { count: positionals.length, names: listed(positionals) }));
  return {
    kind: 'inspect',
    args: {
      file: positionals[0] ?? '',
      json: values.json ?? false,
      ...(values.target !== undefined ? { target: values.target } : {}),
      ...(values['path-column'] !== undefined ? { pathColumn: values['path-column'] } : {}),
      ...sequenceOptions(values),
      ...encodingOption(values.encoding),
    },
  };
}

function parseInspectArgv(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { target: { type: 'string', short: 't' }, 'path-column': { type: 'string' }, ...SEQUENCE_OPTIONS, encoding: { type: 'string' }, json: { type: 'boolean' } },
  });
}
