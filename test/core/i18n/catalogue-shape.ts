import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../../src/core/i18n/locale';

/** What a message asks for: its arguments by kind, a select's options, a plural's branches, its tags. */
export interface MessageShape {
  readonly args: Map<string, 'plain' | 'number' | 'plural' | 'select'>;
  readonly selectOptions: Map<string, Set<string>>;
  readonly pluralBranches: Map<string, Set<string>>;
  readonly tags: Set<string>;
}

// The node types of @formatjs/icu-messageformat-parser's AST.
const ARGUMENT = 1, NUMBER = 2, DATE = 3, TIME = 4, SELECT = 5, PLURAL = 6, TAG = 8;

interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

export function shapeOf(text: string, locale: Locale): MessageShape {
  const shape: MessageShape = { args: new Map(), selectOptions: new Map(), pluralBranches: new Map(), tags: new Set() };
  const walk = (nodes: readonly AstNode[]): void => {
    for (const node of nodes) {
      const name = node.value ?? '';
      if (node.type === ARGUMENT && !shape.args.has(name)) shape.args.set(name, 'plain');
      if (node.type === NUMBER || node.type === DATE || node.type === TIME) shape.args.set(name, 'number');
      if (node.type === SELECT) {
        shape.args.set(name, 'select');
        const options = shape.selectOptions.get(name) ?? new Set<string>();
        for (const key of Object.keys(node.options ?? {})) options.add(key);
        shape.selectOptions.set(name, options);
      }
      if (node.type === PLURAL) {
        shape.args.set(name, 'plural');
        const branches = shape.pluralBranches.get(name) ?? new Set<string>();
        for (const key of Object.keys(node.options ?? {})) branches.add(key);
        shape.pluralBranches.set(name, branches);
      }
      if (node.type === TAG) shape.tags.add(name);
      if (node.children) walk(node.children);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, locale).getAst() as unknown as AstNode[]);
  return shape;
}

/**
 * Sets of sample parameters that reach every branch: each number and plural at 1 and 3, each
 * select at each of its options (the others at their first), plain arguments as a word.
 */
export function sampleParams(shape: MessageShape): Record<string, string | number>[] {
  const base: Record<string, string | number> = {};
  for (const [name, kind] of shape.args) {
    if (kind === 'number' || kind === 'plural') base[name] = 3;
    else if (kind === 'select') base[name] = [...(shape.selectOptions.get(name) ?? ['other'])][0] ?? 'other';
    else base[name] = 'Xy';
  }
  const sets: Record<string, string | number>[] = [base];
  for (const [name, kind] of shape.args) {
    if (kind === 'number' || kind === 'plural') sets.push({ ...base, [name]: 1 });
    if (kind === 'select') for (const option of shape.selectOptions.get(name) ?? []) sets.push({ ...base, [name]: option === 'other' ? 'zzz-other' : option });
  }
  return sets;
}
