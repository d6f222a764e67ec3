/**
 * The input shape (None, n) explained in the user's terms: which of their columns became how
 * many of the n numbers, and why None stands where the row count might be expected.
 */
import { MISSING_CATEGORY } from '../features/fit';
import type { FeatureSlot, Preprocessing } from '../features/types';
import { listOf, msg, type Message } from '../i18n/message';
import type { ExampleWord } from './format';
import { readableValue } from './format';
import type { ShapeAxis, ShapeExplanation } from './types';

/** "None is the batch size: …", with what one example is. */
export function noneMeaning(unit: ExampleWord): Message {
  return msg('shape.noneMeaning', { unit });
}

/** The batch axis, with what one example is: "rows", "images", "recordings". */
export function batchAxis(unit: ExampleWord): ShapeAxis {
  return { symbol: 'None', value: null, description: msg('shape.axis.batch', { unit }) };
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

function describeColumn(slots: readonly FeatureSlot[]): Message {
  const pieces: Message[] = [];
  const categories: (string | Message)[] = [];
  for (const slot of slots) {
    if (slot.kind === 'scaled') {
      pieces.push(msg('shape.table.part.scaled', { mean: readableValue(slot.mean), std: readableValue(slot.std) }));
    } else if (slot.kind === 'missing-indicator') {
      pieces.push(slot.missingRows === undefined ? msg('shape.table.part.indicator') : msg('shape.table.part.indicatorRows', { rows: slot.missingRows }));
    } else {
      // The slot of rows with no value is named by the app, in the user's language, not by the data.
      categories.push(slot.category === MISSING_CATEGORY ? msg('shape.table.missingCategory') : slot.category);
    }
  }
  if (categories.length > 0) {
    const more = categories.length - MAX_LISTED_CATEGORIES;
    // With "and N more" after it, the names read as a plain series, not a finished list.
    pieces.push(
      more > 0
        ? msg('shape.table.part.oneHotMore', { count: categories.length, categories: categories.slice(0, MAX_LISTED_CATEGORIES).join(', '), more })
        : msg('shape.table.part.oneHot', { count: categories.length, categories: listOf(categories) }),
    );
  }
  return msg('shape.table.part', { pieces: listOf(pieces) });
}

function describeSum(n: number, slots: readonly FeatureSlot[]): Message {
  if (n === 0) return msg('shape.table.sum.none');
  const numeric = slots.filter((s) => s.kind === 'scaled').length;
  const indicators = slots.filter((s) => s.kind === 'missing-indicator').length;
  const terms: Message[] = [];
  if (numeric > 0) terms.push(msg('shape.table.sum.numeric', { count: numeric }));
  if (indicators > 0) terms.push(msg('shape.table.sum.indicators', { count: indicators }));
  for (const group of groupByColumn(slots)) {
    const oneHot = group.slots.filter((s) => s.kind === 'one-hot').length;
    if (oneHot > 0) terms.push(msg('shape.table.sum.oneHot', { count: oneHot, column: `\u201c${group.column}\u201d` }));
  }
  return msg('shape.table.sum', { n, terms: listOf(terms) });
}

/** A table's (None, n): n input numbers per row, and the columns they come from. */
export function explainInputShape(pre: Preprocessing): ShapeExplanation {
  const n = pre.slots.length;
  const groups = groupByColumn(pre.slots);
  return {
    inputShape: [null, n],
    text: shapeText([null, n]),
    axes: [batchAxis('rows'), { symbol: 'features', value: n, description: msg('shape.table.axis.features', { n, columns: groups.length }) }],
    parts: groups.map((g) => ({ column: g.column, units: g.slots.length, description: describeColumn(g.slots) })),
    sum: describeSum(n, pre.slots),
    notes: [],
    noneMeaning: noneMeaning('rows'),
  };
}
