/** Numbers, durations, row ranges and name lists as the sentences about recordings write them. */
import { nameList } from '../../features/columns';
import { readableNumber } from '../../shape/format';

/** A count with thousands separators: 40,000 (the same on every machine, unlike toLocaleString). */
export function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 recording", "12 recordings", "1,210 windows". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "rows 1,201–1,264" from 0-based row indices (the user counts data rows from 1). */
export function rowRange(first: number, last: number): string {
  return first === last ? `row ${count(first + 1)}` : `rows ${count(first + 1)}\u2013${count(last + 1)}`;
}

/** A few recording names quoted for a message: “rec-1”, “rec-4” and 3 more. */
export function recordingList(names: readonly string[], max = 3): string {
  return nameList(names, max);
}

/** A duration in milliseconds as a person says it: 20 ms, 1.5 s, 2 min, 3.5 h, 2 days. */
export function duration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1000) return `${readableNumber(ms)} ms`;
  if (abs < 60_000) return `${readableNumber(ms / 1000)} s`;
  if (abs < 3_600_000) return `${readableNumber(ms / 60_000)} min`;
  if (abs < 86_400_000) return `${readableNumber(ms / 3_600_000)} h`;
  const days = ms / 86_400_000;
  return `${readableNumber(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/**
 * An interval between two steps in the order column's units: a date/time column's are
 * milliseconds; a number column's are what its name says (t_ms, seconds) or its own.
 */
export function interval(value: number, unit: 'ms' | 's' | null): string {
  if (unit === 'ms') return duration(value);
  if (unit === 's') return duration(value * 1000);
  return readableNumber(value);
}

/** "acc_x", "acc_x and acc_y", "acc_x, acc_y and acc_z", "acc_x … gyro_z". */
export function channelSpan(columns: readonly string[]): string {
  if (columns.length <= 1) return columns[0] ?? '';
  if (columns.length <= 3) return `${columns.slice(0, -1).join(', ')} and ${columns[columns.length - 1]!}`;
  return `${columns[0]!} \u2026 ${columns[columns.length - 1]!}`;
}

/** The median of a few numbers (sorted copy); NaN for none. */
export function median(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
