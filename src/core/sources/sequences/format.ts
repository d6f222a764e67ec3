/** Durations, row ranges and name lists as the messages about recordings take them. */
import { quoted } from '../../features/columns';
import { listOf, msg, type Message, type MessageParam } from '../../i18n/message';
import { readableValue } from '../../shape/format';

/** A count with thousands separators, for developers' details: 40,000. */
export function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "Rows 1,201–1,264", "Row 5", from 0-based row indices (the user counts data rows from 1). */
export function rowRange(first: number, last: number): Message {
  return msg('sources.sequences.rowRange', { rows: last - first + 1, first: first + 1, last: last + 1 });
}

/** A few recording names quoted for a message: “rec-1”, “rec-4” and 3 more. */
export function recordingList(names: readonly string[], max = 3): Message {
  const shown = names.slice(0, max).map(quoted);
  const more = names.length - shown.length;
  return msg('sources.sequences.nameList', { names: more > 0 ? shown.join(', ') : listOf(shown), more });
}

/** A duration in milliseconds as a person says it: 20 ms, 1.5 s, 2 min, 3.5 h, 2 days. */
export function duration(ms: number): Message {
  const abs = Math.abs(ms);
  if (abs < 1000) return msg('sources.sequences.duration', { unit: 'ms', value: readableValue(ms) });
  if (abs < 60_000) return msg('sources.sequences.duration', { unit: 's', value: readableValue(ms / 1000) });
  if (abs < 3_600_000) return msg('sources.sequences.duration', { unit: 'min', value: readableValue(ms / 60_000) });
  if (abs < 86_400_000) return msg('sources.sequences.duration', { unit: 'h', value: readableValue(ms / 3_600_000) });
  return msg('sources.sequences.days', { value: readableValue(ms / 86_400_000) });
}

/**
 * An interval between two steps in the order column's units: a date/time column's are
 * milliseconds; a number column's are what its name says (t_ms, seconds) or its own.
 */
export function interval(value: number, unit: 'ms' | 's' | null): Message {
  if (unit === 'ms') return duration(value);
  if (unit === 's') return duration(value * 1000);
  return msg('sources.sequences.value', { value: readableValue(value) });
}

/** "acc_x", "acc_x and acc_y", "acc_x, acc_y and acc_z", "acc_x … gyro_z". */
export function channelSpan(columns: readonly string[]): MessageParam {
  if (columns.length <= 3) return listOf(columns);
  return `${columns[0]!} \u2026 ${columns[columns.length - 1]!}`;
}

/** The median of a few numbers (sorted copy); NaN for none. */
export function median(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
