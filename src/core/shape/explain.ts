/**
 * The input shape (None, n) explained in the user's terms: which of their columns became how
 * many of the n numbers, and why None stands where the row count might be expected.
 */
import type { FeatureSlot, Preprocessing } from '../features/types';
import { readableNumber } from './format';
import { plural } from '../words';
import type { ShapeAxis, ShapeExplanation } from './types';

export const NONE_MEANING =
  'None is the batch size: the network takes any number of rows at a time, so the row count is not part of the shape.';

/** The batch axis, with what one example is: "rows", "images", "recordings". */
export function batchAxis(examples: string): ShapeAxis {
  return { symbol: 'None', value: null, description: `the batch: how many ${examples} go into the network at a time (any number)` };
}

/** "(None, 28, 28, 1)" */
export function shapeText(inputShape: readonly (number | null)[]): string {
  return `(${inputShape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}

/** How many category names a line lists before it says "and N more". */
const MAX_LISTED_CATEGORIES = 8;

/** Slots grouped by the column they come from, in slot order (slots of one column are contiguous). */
function groupByColumn(slots: readonly FeatureSlot[]): { column: string; slots: FeatureSlot[] }[] {
  const groups: { column: string; slots: FeatureSlot[] }[] = [];
  for (const slot of slots) {
    const last = groups[groups.length - 1];
    if (last && last.column === slot.column) last.slots.push(slot);
    else groups.push({ column: slot.column, slots: [slot] });
  }
  return groups;
}

function describeColumn(column: string, slots: readonly FeatureSlot[]): string {
  const pieces: string[] = [];
  const categories: string[] = [];
  for (const slot of slots) {
    if (slot.kind === 'scaled') {
      pieces.push(`1 number, standardised (mean ${readableNumber(slot.mean)}, std ${readableNumber(slot.std)})`);
    } else if (slot.kind === 'missing-indicator') {
      const rows = slot.missingRows === undefined ? '' : ` (${plural(slot.missingRows, 'training row', 'training rows')} had no value)`;
      pieces.push(`${pieces.length > 0 ? '+' : ''}1 missing-value indicator${rows}`);
    } else {
      categories.push(slot.category);
    }
  }
  if (categories.length > 0) {
    const listed = categories.slice(0, MAX_LISTED_CATEGORIES).join(', ');
    const more = categories.length > MAX_LISTED_CATEGORIES ? ` and ${categories.length - MAX_LISTED_CATEGORIES} more` : '';
    pieces.push(`${plural(categories.length, 'one-hot column', 'one-hot columns')} (${listed}${more})`);
  }
  return `${column}: ${pieces.join(' ')}`;
}

function describeSum(n: number, slots: readonly FeatureSlot[]): string {
  if (n === 0) return '0: no feature columns are chosen';
  const numeric = slots.filter((s) => s.kind === 'scaled').length;
  const indicators = slots.filter((s) => s.kind === 'missing-indicator').length;
  const terms: string[] = [];
  if (numeric > 0) terms.push(plural(numeric, 'numeric column', 'numeric columns'));
  if (indicators > 0) terms.push(plural(indicators, 'missing-value indicator', 'missing-value indicators'));
  for (const group of groupByColumn(slots)) {
    const oneHot = group.slots.filter((s) => s.kind === 'one-hot').length;
    if (oneHot > 0) terms.push(`${plural(oneHot, 'one-hot column', 'one-hot columns')} of \u201c${group.column}\u201d`);
  }
  return `${n} = ${terms.join(' + ')}`;
}

/** A table's (None, n): n input numbers per row, and the columns they come from. */
export function explainInputShape(pre: Preprocessing): ShapeExplanation {
  const n = pre.slots.length;
  const columns = groupByColumn(pre.slots).length;
  return {
    inputShape: [null, n],
    text: shapeText([null, n]),
    axes: [
      batchAxis('rows'),
      { symbol: 'features', value: n, description: `${plural(n, 'number', 'numbers')} per row, from ${plural(columns, 'feature column', 'feature columns')}` },
    ],
    parts: groupByColumn(pre.slots).map((g) => ({ column: g.column, units: g.slots.length, description: describeColumn(g.column, g.slots) })),
    sum: describeSum(n, pre.slots),
    notes: [],
    noneMeaning: NONE_MEANING,
  };
}
