/**
 * The model spec file (docs/model-spec.md): the JSON the app saves and `layerbench summary`
 * reads, `{"inputShape": [128, 9], "layers": [{"type": "conv1d", "filters": 100, ...}]}`.
 * Its schema is built on the layer catalogue, so the file, the worker messages and the
 * designer accept exactly the same layers and arguments.
 */
import { z } from 'zod';
import { AppError, clipInput, quoteInput } from '../errors';
import { isMessage, msg, type Message } from '../i18n/message';
import { english } from '../i18n/translate';
import { layerProblems } from './args';
import { catalogTypes, flattenWrapped } from './catalog';
import type { ModelDraft } from './designer-types';
import type { LayerSpec, ModelSpec } from './types';

/** One layer: a catalogue type and that type's arguments with valid values. */
export const layerSpecSchema = z.looseObject({ type: z.string() }).superRefine((layer, ctx) => {
  for (const problem of layerProblems(layer as LayerSpec)) {
    ctx.addIssue({ code: 'custom', message: english(problem.message), params: { msg: problem.message }, path: [problem.key ?? 'type'] });
  }
}) satisfies z.ZodType<LayerSpec>;

export const inputShapeSchema = z.array(z.number().int().positive()).min(1);

export const modelDraftSchema = z.object({ layers: z.array(layerSpecSchema), batchSize: z.number().int().positive().optional() }) satisfies z.ZodType<ModelDraft>;

export const modelSpecSchema = z.strictObject({
  inputShape: inputShapeSchema,
  batchSize: z.number().int().positive().optional(),
  layers: z.array(layerSpecSchema),
}) satisfies z.ZodType<ModelSpec>;

const EXAMPLE_LAYER = '{"type": "dense", "units": 3, "activation": "softmax"}';

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function badJson(text: string, name: string | undefined, err: unknown): AppError {
  const detail = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(detail);
  const offset = at ? Number(at[1]) : /end of JSON input/.test(detail) ? text.length : null;
  const { line, column } = lineAndColumn(text, offset ?? 0);
  return new AppError({
    code: 'spec/bad-json',
    message: msg('model.spec.badJson', {
      named: name === undefined ? 'no' : 'yes', file: name ?? '', where: offset === null ? 'no' : 'yes', line, column, end: offset === text.length ? 'yes' : 'no',
    }),
    detail,
  });
}

/** The Message a layer's argument check gave its zod issue (layerSpecSchema); the issue's own English otherwise. */
function issueProblem(issue: z.core.$ZodIssue): Message {
  const given = (issue as { params?: { msg?: unknown } }).params?.msg;
  return isMessage(given) ? given : msg('model.spec.other', { text: issue.message });
}

/** One sentence per schema issue, naming the layer by its position as the user counts. */
function issueMessage(issue: z.core.$ZodIssue, spec: unknown): Message {
  const [first, index] = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const keys = clipInput(issue.keys.slice(0, 5).map((k) => quoteInput(k, 60)).join(', ') + (issue.keys.length > 5 ? ', …' : ''), 400);
    const hint = issue.keys.includes('input_shape') ? 'input_shape' : issue.keys.includes('batch_size') ? 'batch_size' : 'none';
    return msg('model.spec.unknownKey', { keys, hint });
  }
  if (first === 'batchSize') return msg('model.spec.batchSize');
  if (first === 'inputShape') return msg('model.spec.inputShape');
  if (first === 'layers' && typeof index === 'number') {
    const layers = (spec as { layers?: unknown[] }).layers ?? [];
    const layer = layers[index] as { type?: unknown } | undefined;
    if (typeof layer !== 'object' || layer === null || Array.isArray(layer)) return msg('model.spec.layerObject', { n: index + 1, example: EXAMPLE_LAYER });
    if (typeof layer.type !== 'string') return msg('model.spec.layerType', { n: index + 1, types: catalogTypes() });
    return msg('model.spec.layerProblem', { n: index + 1, type: clipInput(layer.type, 60), problem: issueProblem(issue) });
  }
  if (first === 'layers') return msg('model.spec.layers', { example: EXAMPLE_LAYER });
  if (first === undefined) return msg('model.spec.object', { example: `{"inputShape": [7], "layers": [${EXAMPLE_LAYER}]}` });
  return issueProblem(issue);
}

/** "- a\n- b\n- c" as one message: each line a message of its own, in the reader's language. */
function issueLines(messages: readonly Message[]): Message {
  const [issue, ...rest] = messages;
  if (!issue) return msg('model.spec.other', { text: '' });
  return msg('model.spec.issues', rest.length === 0 ? { issue, last: 'yes' } : { issue, last: 'no', rest: issueLines(rest) });
}

/** Far deeper than any spec (a layer's argument is at most a list of numbers, level 4). */
const MAX_SPEC_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `max`, walked without recursion so any depth is safe. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

function tooDeep(detail: string): AppError {
  return new AppError({ code: 'spec/too-deep', message: msg('model.spec.tooDeep'), detail });
}

/** The spec in a file's text; throws an AppError whose message names the line, the layer and the argument. */
export function parseModelSpecFile(text: string, fileName?: string): ModelSpec {
  const name = fileName ? quoteInput(fileName) : undefined;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    if (err instanceof RangeError) throw tooDeep(err.message);
    throw badJson(text, name, err);
  }
  // Nesting deeper than a spec can be would overflow the stack of the checks below.
  if (nestsDeeperThan(data, MAX_SPEC_DEPTH)) throw tooDeep(`nested deeper than ${MAX_SPEC_DEPTH} levels`);
  const result = modelSpecSchema.safeParse(withFlatWrappers(data));
  if (!result.success) {
    // Problems with the whole file first, then the layers in order.
    const issues = [...result.error.issues].sort((a, b) => Number(a.path[0] === 'layers') - Number(b.path[0] === 'layers'));
    const seen = new Set<string>();
    const messages = issues.map((issue) => issueMessage(issue, data)).filter((m) => !seen.has(JSON.stringify(m)) && Boolean(seen.add(JSON.stringify(m))));
    const shown = messages.slice(0, 8);
    throw new AppError({
      code: 'spec/invalid',
      message: msg('model.spec.invalid', { named: name === undefined ? 'no' : 'yes', file: name ?? '', issues: issueLines(shown), more: messages.length - shown.length }),
      detail: z.prettifyError(result.error),
    });
  }
  return result.data;
}

/** Wrappers written as Keras nests them ({"layer": {"type": "lstm", "units": 32}}) read as the flat form the app keeps. */
function withFlatWrappers(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const layers = (data as { layers?: unknown }).layers;
  if (!Array.isArray(layers)) return data;
  return { ...data, layers: layers.map((layer: unknown) => (typeof layer === 'object' && layer !== null && !Array.isArray(layer) ? flattenWrapped(layer as LayerSpec) : layer)) };
}

/** A value on one line, with spaces after commas and colons. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The file's text: one layer per line, so that a change shows as one changed line. */
export function serializeModelSpec(spec: ModelSpec): string {
  const layers = spec.layers.map((layer, i) => `    ${inline(layer)}${i < spec.layers.length - 1 ? ',' : ''}`);
  const batch = spec.batchSize === undefined ? [] : [`  "batchSize": ${inline(spec.batchSize)},`];
  return ['{', `  "inputShape": ${inline(spec.inputShape)},`, ...batch, '  "layers": [', ...layers, '  ]', '}', ''].join('\n');
}
