/** The sentences that say how a number column's cells were read: what was removed, what could not be used. */
import { appErrorInfo, quoteInput, type AppErrorInfo } from '../errors';
import { listOf, msg, type Message } from '../i18n/message';
import { TOO_LARGE } from './number-text';
import type { NumberColumn } from './types';

const SEPARATOR_NAMES: Readonly<Record<string, string>> = {
  ' ': 'space', '\u00a0': 'noBreakSpace', '\u202f': 'narrowNoBreakSpace',
};

/** Marks first, then the blanks from the plainest to the rarest, whatever order the cells showed them in. */
const SEPARATOR_ORDER = [',', '.', "'", '\u2019', ' ', '\u00a0', '\u202f'];

function separatorName(separator: string): Message {
  return msg('data.numbers.separator', { name: SEPARATOR_NAMES[separator] ?? 'mark', symbol: quoteInput(separator) });
}

/** “Read as numbers: removed “%” and thousands separators “,”.”, or null when the cells were plain numbers. */
export function readAsNumbersNote(column: NumberColumn): Message | null {
  const removed = column.removed;
  if (removed === undefined) return null;
  const parts: Message[] = [];
  if (removed.symbol === '%') parts.push(msg('data.numbers.percent'));
  else if (removed.symbol !== '') parts.push(msg('data.numbers.currency', { symbol: quoteInput(removed.symbol) }));
  if (removed.separators.length > 0) {
    const ordered = [...removed.separators].sort((a, b) => SEPARATOR_ORDER.indexOf(a) - SEPARATOR_ORDER.indexOf(b));
    parts.push(msg('data.numbers.separators', { separators: listOf(ordered.map(separatorName)) }));
  }
  if (parts.length === 0) return removed.parentheses ? msg('data.numbers.bracketsOnly') : null;
  return msg('data.numbers.readAs', { removed: listOf(parts), brackets: removed.parentheses ? 'yes' : 'no' });
}

function unusableCount(column: NumberColumn): number {
  return (column.unusable ?? []).reduce((sum, u) => sum + u.count, 0);
}

/** An unusable cell's label as the user reads it: "NaN" and "#DIV/0!" as written, the rest in words. */
export function unusableLabel(label: string): string | Message {
  return label === TOO_LARGE ? msg('data.numbers.tooLarge') : label;
}

/** “3 values could not be used as numbers (NaN, Infinity, too large for 32-bit) and count as missing.”, or null. */
export function unusableNote(column: NumberColumn): Message | null {
  const total = unusableCount(column);
  if (total === 0) return null;
  return msg('data.numbers.unusable', { count: total, labels: listOf((column.unusable ?? []).map((u) => unusableLabel(u.label))) });
}

/** The same, for the file's notes (the CLI prints them; the Data step lists them). */
export function unusableWarning(column: NumberColumn): AppErrorInfo | null {
  const note = unusableNote(column);
  if (note === null) return null;
  return appErrorInfo({
    code: 'csv/unusable-numbers',
    message: msg('data.numbers.unusableWarning', { column: quoteInput(column.name), note }),
    detail: (column.unusable ?? []).map((u) => `${u.label}: ${u.count}`).join('; '),
  });
}
