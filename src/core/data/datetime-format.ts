/** Instants written for people: no "T", no "Z"; the range of a date/time column. */
export type DateTimePrecision = 'year' | 'month' | 'date' | 'minute' | 'second' | 'millisecond';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2024-03-01", "2024-03-01 10:00", "2024-03-01 10:00:00", "2024-03-01 10:00:00.020" (UTC clock). */
export function formatDateTime(ms: number, precision: DateTimePrecision = 'second'): string {
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const date = `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}`;
  if (precision === 'year') return date;
  const month = `${date}-${pad(d.getUTCMonth() + 1)}`;
  if (precision === 'month') return month;
  const day = `${month}-${pad(d.getUTCDate())}`;
  if (precision === 'date') return day;
  return `${day} ${formatTimeOfDay(ms, precision)}`;
}

/** "10:00", "10:00:30", "10:00:30.020". */
export function formatTimeOfDay(ms: number, precision: 'minute' | 'second' | 'millisecond' = 'second'): string {
  const d = new Date(ms);
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (precision === 'minute') return hm;
  const hms = `${hm}:${pad(d.getUTCSeconds())}`;
  return precision === 'second' ? hms : `${hms}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/**
 * The range of a date/time column for people: "2024-03-01 – 2024-06-30" for dates,
 * "2024-03-01 10:00:00 – 2024-03-01 10:01:04" with times (milliseconds when the ends have some).
 */
export function dateTimeRangeText(min: number, max: number, withTime: boolean): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return '';
  const precision: DateTimePrecision = !withTime ? 'date'
    : Math.abs(min % 1000) !== 0 || Math.abs(max % 1000) !== 0 ? 'millisecond' : 'second';
  const from = formatDateTime(min, precision);
  return min === max ? from : `${from} – ${formatDateTime(max, precision)}`;
}
