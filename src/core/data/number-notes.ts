/** The sentences that say how a number column's cells were read: what was removed, what could not be used. */
import type { AppErrorInfo } from '../errors';
import type { NumberColumn } from './types';

const SEPARATOR_NAMES: Readonly<Record<string, string>> = {
  ' ': 'spaces', '\u00a0': 'no-break spaces', '\u202f': 'narrow no-break spaces',
};

/** Marks first, then the blanks from the plainest to the rarest, whatever order the cells showed them in. */
const SEPARATOR_ORDER = [',', '.', "'", '\u2019', ' ', '\u00a0', '\u202f'];

function separatorName(separator: string): string {
  return SEPARATOR_NAMES[separator] ?? `\u201c${separator}\u201d`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** “Read as numbers: removed “%” and thousands separators “,”.”, or null when the cells were plain numbers. */
export function readAsNumbersNote(column: NumberColumn): string | null {
  const removed = column.removed;
  if (removed === undefined) return null;
  const parts: string[] = [];
  if (removed.symbol === '%') parts.push('the percent sign \u201c%\u201d (12% is read as 12)');
  else if (removed.symbol !== '') parts.push(`the currency sign \u201c${removed.symbol}\u201d`);
  if (removed.separators.length > 0) {
    const ordered = [...removed.separators].sort((a, b) => SEPARATOR_ORDER.indexOf(a) - SEPARATOR_ORDER.indexOf(b));
    parts.push(`thousands separators ${list(ordered.map(separatorName))}`);
  }
  const brackets = removed.parentheses ? ' Amounts in brackets, like (12.5), are read as negative.' : '';
  if (parts.length === 0) return brackets === '' ? null : `Read as numbers:${brackets}`;
  return `Read as numbers: removed ${list(parts)}.${brackets}`;
}

function unusableCount(column: NumberColumn): number {
  return (column.unusable ?? []).reduce((sum, u) => sum + u.count, 0);
}

/** “3 values could not be used as numbers (NaN, Infinity, too large for 32-bit) and count as missing.”, or null. */
export function unusableNote(column: NumberColumn): string | null {
  const total = unusableCount(column);
  if (total === 0) return null;
  const labels = (column.unusable ?? []).map((u) => u.label);
  return total === 1
    ? `1 value could not be used as a number (${labels.join(', ')}) and counts as missing.`
    : `${total.toLocaleString('en-US')} values could not be used as numbers (${labels.join(', ')}) and count as missing.`;
}

/** The same, for the file's notes (the CLI prints them; the Data step lists them). */
export function unusableWarning(column: NumberColumn): AppErrorInfo | null {
  const note = unusableNote(column);
  if (note === null) return null;
  return {
    code: 'csv/unusable-numbers',
    message: `Column \u201c${column.name}\u201d: ${note}`,
    detail: (column.unusable ?? []).map((u) => `${u.label}: ${u.count}`).join('; '),
  };
}
