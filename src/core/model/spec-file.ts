/**
 * The model spec file (docs/model-spec.md): the JSON the app saves and `layerbench summary`
 * reads, `{"inputShape": [128, 9], "layers": [{"type": "conv1d", "filters": 100, ...}]}`.
 * Its schema is built on the layer catalogue, so the file, the worker messages and the
 * designer accept exactly the same layers and arguments.
 */
import { z } from 'zod';
import { AppError, clipInput, quoteInput } from '../errors';
import { layerProblems } from './args';
import { catalogTypes, flattenWrapped } from './catalog';
import type { ModelDraft } from './designer-types';
import type { LayerSpec, ModelSpec } from './types';

/** One layer: a catalogue type and that type's arguments with valid values. */
export const layerSpecSchema = z.looseObject({ type: z.string() }).superRefine((layer, ctx) => {
  for (const problem of layerProblems(layer as LayerSpec)) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.key ?? 'type'] });
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

function badJson(text: string, name: string, err: unknown): AppError {
  const detail = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(detail);
  const offset = at ? Number(at[1]) : /end of JSON input/.test(detail) ? text.length : null;
  const where = offset === null ? '' : (({ line, column }) => ` near line ${line}, column ${column}`)(lineAndColumn(text, offset));
  const ending = offset === text.length ? ' The file ends too early: a bracket or brace is not closed.' : ' Look for a missing comma or quote, or a comma after the last item of a list.';
  return new AppError({
    code: 'spec/bad-json',
    message: `${name} is not valid JSON${where}.${ending}`,
    detail,
  });
}

/** One sentence per schema issue, naming the layer by its position as the user counts. */
function issueMessage(issue: z.core.$ZodIssue, spec: unknown): string {
  const [first, index] = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const keys = clipInput(issue.keys.slice(0, 5).map((k) => quoteInput(k, 60)).join(', ') + (issue.keys.length > 5 ? ', …' : ''), 400);
    const hint = issue.keys.includes('input_shape') ? ' (write it “inputShape”)' : issue.keys.includes('batch_size') ? ' (write it “batchSize”)' : '';
    return `The spec has an unknown key ${keys}${hint}; it takes only “inputShape”, “batchSize” (optional) and “layers”.`;
  }
  if (first === 'batchSize') {
    return '“batchSize” must be a whole number of 1 or more, such as 32: the fixed size of every batch; leave it out to take batches of any size.';
  }
  if (first === 'inputShape') {
    return '“inputShape” must be a list of whole numbers of 1 or more: the shape of one example without the batch, such as [7] for a row of 7 values or [128, 9] for 128 timesteps of 9 features.';
  }
  if (first === 'layers' && typeof index === 'number') {
    const layers = (spec as { layers?: unknown[] }).layers ?? [];
    const layer = layers[index] as { type?: unknown } | undefined;
    if (typeof layer !== 'object' || layer === null || Array.isArray(layer)) return `Layer ${index + 1} must be an object such as ${EXAMPLE_LAYER}.`;
    if (typeof layer.type !== 'string') return `Layer ${index + 1} needs a “type”, the name of a tf.layers factory: one of ${catalogTypes()}.`;
    return `Layer ${index + 1} (${clipInput(layer.type, 60)}): ${issue.message}`;
  }
  if (first === 'layers') return `“layers” must be a list of layers, such as [${EXAMPLE_LAYER}].`;
  if (first === undefined) return `The spec must be a JSON object with “inputShape” and “layers”, such as {"inputShape": [7], "layers": [${EXAMPLE_LAYER}]}.`;
  return issue.message;
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
  return new AppError({ code: 'spec/too-deep', message: 'The model file is nested too deeply to be a Layerbench model spec.', detail });
}

/** The spec in a file's text; throws an AppError whose message names the line, the layer and the argument. */
export function parseModelSpecFile(text: string, fileName?: string): ModelSpec {
  const name = fileName ? quoteInput(fileName) : 'The model spec';
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
    const messages = [...new Set(issues.map((issue) => issueMessage(issue, data)))];
    const shown = messages.slice(0, 8);
    const more = messages.length > shown.length ? `\n(and ${messages.length - shown.length} more)` : '';
    throw new AppError({
      code: 'spec/invalid',
      message: `${fileName ? `${name} is not a valid model spec` : 'The model spec is not valid'}:\n${shown.map((m) => `- ${m}`).join('\n')}${more}`,
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
