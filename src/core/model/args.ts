/**
 * Checks of a layer's arguments against the catalogue, with messages in plain words: the
 * designer calls validateArg as the user types, the spec file and the analysis call
 * layerProblems for a whole layer.
 */
import { clipInput, quoteInput } from '../errors';
import { listOf, msg, type Message } from '../i18n/message';
import { catalogTypes, layerDef, type LayerDef, type ParamDef } from './catalog';
import type { LayerSpec } from './types';

export interface ArgProblem {
  /** The argument at fault; null when it is the layer type itself. */
  readonly key: string | null;
  readonly message: Message;
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

export function unknownArgMessage(def: LayerDef, key: string): Message {
  if (def.params.length === 0) return msg('model.arg.noArgs', { layer: def.label, key: quoteInput(key) });
  const camel = camelCase(key);
  const near = [camel, `${key}s`, key.replace(/s$/, '')].find((k) => k !== key && def.params.some((p) => p.key === k));
  const hint = near === undefined ? 'none' : near === camel ? 'camel' : 'near';
  return msg('model.arg.unknown', { layer: def.label, key: quoteInput(key), keys: def.params.map((p) => p.key).join(', '), hint, near: near ?? '' });
}

function checkInts(p: ParamDef, value: unknown): Message | null {
  const { min, max } = range(p);
  const dims = p.dims ?? 1;
  const ok = isWhole(value, min, max) || (Array.isArray(value) && value.length === dims && value.every((v) => isWhole(v, min, max)));
  if (ok) return null;
  if (dims === 1) return msg('model.arg.ints', { label: p.label, min, max, example: String(p.default ?? 2), value: showValue(value) });
  return msg('model.arg.pair', { label: p.label, min, max, value: showValue(value) });
}

function checkTargetShape(p: ParamDef, value: unknown): Message | null {
  const { max } = range(p);
  if (!Array.isArray(value) || value.length === 0 || value.length > 8 || !value.every((v) => v === -1 || isWhole(v, 1, max))) {
    return msg('model.arg.targetShape', { label: p.label, value: showValue(value) });
  }
  if (value.filter((v) => v === -1).length > 1) return msg('model.arg.oneMinusOne', { label: p.label, value: showValue(value) });
  return null;
}

/** Arguments that are a share of values dropped while training: 0 ≤ x < 1. */
const DROP_SHARES = new Set(['rate', 'dropout', 'recurrentDropout']);

function checkFloat(p: ParamDef, value: unknown): Message | null {
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  if (DROP_SHARES.has(p.key)) {
    return isNumber && value >= 0 && value < 1 ? null : msg('model.arg.share', { label: p.label, value: showValue(value) });
  }
  if (p.key === 'epsilon') {
    return isNumber && value > 0 && value <= 1 ? null : msg('model.arg.epsilon', { value: showValue(value) });
  }
  if (p.min === undefined && p.max === undefined) {
    return isNumber ? null : msg('model.arg.number', { label: p.label, example: showValue(p.default), value: showValue(value) });
  }
  const { min, max } = range(p);
  return isNumber && value >= min && value <= max ? null : msg('model.arg.range', { label: p.label, min: String(min), max: String(max), value: showValue(value) });
}

/** A regularizer is {"l1": f} and/or {"l2": f}, each factor a number of 0 or more. */
function checkRegularizer(p: ParamDef, value: unknown): Message | null {
  const entries = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
  const ok =
    entries.length > 0 &&
    entries.every(([k, v]) => (k === 'l1' || k === 'l2') && typeof v === 'number' && Number.isFinite(v) && v >= 0);
  if (ok) return null;
  const forms = listOf(['{"l2": 0.01}', '{"l1": 0.01}', '{"l1": 0.01, "l2": 0.01}'], 'disjunction');
  return msg('model.arg.regularizer', { label: p.label, forms, value: showValue(value) });
}

function checkValue(p: ParamDef, value: unknown): Message | null {
  switch (p.kind) {
    case 'int': {
      const { min, max } = range(p);
      if (isWhole(value, min, max)) return null;
      return msg('model.arg.int', { label: p.label, min, max, meaning: p.key === 'units' || p.key === 'filters' ? p.key : 'none', value: showValue(value) });
    }
    case 'float':
      return checkFloat(p, value);
    case 'enum': {
      if (typeof value === 'string' && (p.options ?? []).includes(value)) return null;
      // "he_normal": a hint at "heNormal" when the option exists in tf.layers' spelling.
      const camel = typeof value === 'string' ? camelCase(value.toLowerCase()) : '';
      const hint = typeof value === 'string' && camel !== value && (p.options ?? []).includes(camel) ? 'yes' : 'no';
      return msg('model.arg.enum', { label: p.label, options: (p.options ?? []).join(', '), value: showValue(value), hint, camel });
    }
    case 'bool':
      return typeof value === 'boolean' ? null : msg('model.arg.bool', { label: p.label, value: showValue(value) });
    case 'ints':
      return p.key === 'targetShape' ? checkTargetShape(p, value) : checkInts(p, value);
    case 'regularizer':
      return checkRegularizer(p, value);
  }
}

function unknownType(type: string): Message {
  return msg('model.arg.unknownType', { type: quoteInput(type), types: catalogTypes() });
}

function required(p: ParamDef): Message {
  return msg('model.arg.required', { label: p.label, example: showValue(p.default) });
}

/** A plain message when `value` cannot be `key` of a `type` layer, else null. Absent (undefined/null) is fine unless required. */
export function validateArg(type: string, key: string, value: unknown): Message | null {
  const def = layerDef(type);
  if (!def) return unknownType(type);
  if (key === 'type') return null;
  const p = def.params.find((param) => param.key === key);
  if (!p) return unknownArgMessage(def, key);
  if (value === undefined || value === null) return p.required ? required(p) : null;
  return checkValue(p, value);
}

/** Every problem with one layer's type and arguments, required ones included; [] = fine. */
export function layerProblems(layer: LayerSpec): ArgProblem[] {
  const def = typeof layer.type === 'string' ? layerDef(layer.type) : undefined;
  if (!def) return [{ key: null, message: unknownType(String(layer.type)) }];
  const problems: ArgProblem[] = [];
  for (const [key, value] of Object.entries(layer)) {
    if (key === 'type') continue;
    const message = validateArg(def.type, key, value);
    if (message) problems.push({ key, message });
  }
  for (const p of def.params) {
    if (p.required && !(p.key in layer)) problems.push({ key: p.key, message: required(p) });
  }
  return problems;
}
