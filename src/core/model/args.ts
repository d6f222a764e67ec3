/**
 * Checks of a layer's arguments against the catalogue, with messages in plain words: the
 * designer calls validateArg as the user types, the spec file and the analysis call
 * layerProblems for a whole layer.
 */
import { clipInput, quoteInput } from '../errors';
import { formatCount } from './format';
import { catalogTypes, layerDef, type LayerDef, type ParamDef } from './catalog';
import type { LayerSpec } from './types';

export interface ArgProblem {
  /** The argument at fault; null when it is the layer type itself. */
  readonly key: string | null;
  readonly message: string;
}

/** How a value reads in a message: 3, "same", [3, 3]; a long or deeply nested value is cut short with "…". */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return quoteInput(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return clipInput(inlineValue(value, 4));
}

/** Arrays and objects on one line, nested at most `depth` levels and a few hundred characters wide. */
function inlineValue(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(clipInput(value, 40));
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  const items = Array.isArray(value) ? value.slice(0, 20).map((v) => inlineValue(v, depth - 1)) : Object.entries(value).slice(0, 20).map(([k, v]) => `${JSON.stringify(clipInput(k, 40))}: ${inlineValue(v, depth - 1)}`);
  const more = (Array.isArray(value) ? value.length : Object.keys(value).length) > 20 ? ', …' : '';
  return Array.isArray(value) ? `[${items.join(', ')}${more}]` : `{${items.join(', ')}${more}}`;
}

function isWhole(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function range(p: ParamDef): { min: number; max: number } {
  return { min: p.min ?? Number.NEGATIVE_INFINITY, max: p.max ?? Number.POSITIVE_INFINITY };
}

/** kernel_size → kernelSize, so a Keras habit gets a hint. */
function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function unknownArgMessage(def: LayerDef, key: string): string {
  if (def.params.length === 0) return `${def.label} takes no arguments, so ${quoteInput(key)} cannot be set.`;
  const keys = def.params.map((p) => p.key).join(', ');
  const camel = camelCase(key);
  const near = [camel, `${key}s`, key.replace(/s$/, '')].find((k) => k !== key && def.params.some((p) => p.key === k));
  const hint = near === undefined ? '' : near === camel ? ` Did you mean “${camel}”? Arguments are written as tf.layers takes them (camelCase).` : ` Did you mean “${near}”?`;
  return `${def.label} has no argument ${quoteInput(key)}; it takes ${keys}.${hint}`;
}

function checkInts(p: ParamDef, value: unknown): string | null {
  const { min, max } = range(p);
  const dims = p.dims ?? 1;
  const ok = isWhole(value, min, max) || (Array.isArray(value) && value.length === dims && value.every((v) => isWhole(v, min, max)));
  if (ok) return null;
  const bounds = `from ${formatCount(min)} to ${formatCount(max)}`;
  if (dims === 1) return `${p.label} must be a whole number ${bounds}, such as ${String(p.default ?? 2)}, not ${showValue(value)}.`;
  return `${p.label} must be a whole number ${bounds}, such as 3 (meaning 3×3), or a pair such as [3, 5] (height × width), not ${showValue(value)}.`;
}

function checkTargetShape(p: ParamDef, value: unknown): string | null {
  const { max } = range(p);
  const example = 'such as [128, 9]; one of them may be -1, worked out from the others';
  if (!Array.isArray(value) || value.length === 0 || value.length > 8 || !value.every((v) => v === -1 || isWhole(v, 1, max))) {
    return `${p.label} must be a list of whole numbers of 1 or more, ${example}, not ${showValue(value)}.`;
  }
  if (value.filter((v) => v === -1).length > 1) {
    return `${p.label} may hold only one -1 (the number worked out from the others), not ${showValue(value)}.`;
  }
  return null;
}

/** Arguments that are a share of values dropped while training: 0 ≤ x < 1. */
const DROP_SHARES = new Set(['rate', 'dropout', 'recurrentDropout']);

function checkFloat(p: ParamDef, value: unknown): string | null {
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  if (DROP_SHARES.has(p.key)) {
    return isNumber && value >= 0 && value < 1
      ? null
      : `${p.label} is the share of values dropped during training: a number from 0 up to, but not including, 1 (0.2 = 20%), not ${showValue(value)}.`;
  }
  if (p.key === 'epsilon') {
    return isNumber && value > 0 && value <= 1 ? null : `Epsilon must be a small number above 0, such as 0.001, not ${showValue(value)}.`;
  }
  if (p.min === undefined && p.max === undefined) {
    return isNumber ? null : `${p.label} must be a number, such as ${showValue(p.default)}, not ${showValue(value)}.`;
  }
  const { min, max } = range(p);
  return isNumber && value >= min && value <= max ? null : `${p.label} must be a number from ${min} to ${max}, not ${showValue(value)}.`;
}

/** A regularizer is {"l1": f} and/or {"l2": f}, each factor a number of 0 or more. */
function checkRegularizer(p: ParamDef, value: unknown): string | null {
  const entries = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
  const ok =
    entries.length > 0 &&
    entries.every(([k, v]) => (k === 'l1' || k === 'l2') && typeof v === 'number' && Number.isFinite(v) && v >= 0);
  if (ok) return null;
  return `${p.label} must be {"l2": 0.01}, {"l1": 0.01} or {"l1": 0.01, "l2": 0.01}: the factor of each penalty, a number of 0 or more; not ${showValue(value)}.`;
}

/** "he_normal" → a hint at "heNormal" when the option exists in tf.layers' spelling. */
function enumHint(p: ParamDef, value: unknown): string {
  if (typeof value !== 'string') return '';
  const camel = camelCase(value.toLowerCase());
  return camel !== value && (p.options ?? []).includes(camel) ? ` Did you mean “${camel}”? Values are written as tf.layers takes them (camelCase).` : '';
}

function checkValue(p: ParamDef, value: unknown): string | null {
  switch (p.kind) {
    case 'int': {
      const { min, max } = range(p);
      if (isWhole(value, min, max)) return null;
      const meaning = p.key === 'units' ? ' (the number of neurons)' : p.key === 'filters' ? ' (the number of patterns the layer looks for)' : '';
      return `${p.label} must be a whole number from ${formatCount(min)} to ${formatCount(max)}${meaning}, not ${showValue(value)}.`;
    }
    case 'float':
      return checkFloat(p, value);
    case 'enum':
      return typeof value === 'string' && (p.options ?? []).includes(value)
        ? null
        : `${p.label} must be one of ${(p.options ?? []).join(', ')}, not ${showValue(value)}.${enumHint(p, value)}`;
    case 'bool':
      return typeof value === 'boolean' ? null : `${p.label} must be true or false, not ${showValue(value)}.`;
    case 'ints':
      return p.key === 'targetShape' ? checkTargetShape(p, value) : checkInts(p, value);
    case 'regularizer':
      return checkRegularizer(p, value);
  }
}

/** A plain message when `value` cannot be `key` of a `type` layer, else null. Absent (undefined/null) is fine unless required. */
export function validateArg(type: string, key: string, value: unknown): string | null {
  const def = layerDef(type);
  if (!def) return `${quoteInput(type)} is not a layer type of the designer; choose one of: ${catalogTypes()}.`;
  if (key === 'type') return null;
  const p = def.params.find((param) => param.key === key);
  if (!p) return unknownArgMessage(def, key);
  if (value === undefined || value === null) return p.required ? `${p.label} needs a value, such as ${showValue(p.default)}.` : null;
  return checkValue(p, value);
}

/** Every problem with one layer's type and arguments, required ones included; [] = fine. */
export function layerProblems(layer: LayerSpec): ArgProblem[] {
  const def = typeof layer.type === 'string' ? layerDef(layer.type) : undefined;
  if (!def) {
    return [{ key: null, message: `${quoteInput(String(layer.type))} is not a layer type of the designer; choose one of: ${catalogTypes()}.` }];
  }
  const problems: ArgProblem[] = [];
  for (const [key, value] of Object.entries(layer)) {
    if (key === 'type') continue;
    const message = validateArg(def.type, key, value);
    if (message) problems.push({ key, message });
  }
  for (const p of def.params) {
    if (p.required && !(p.key in layer)) problems.push({ key: p.key, message: `${p.label} needs a value, such as ${showValue(p.default)}.` });
  }
  return problems;
}
